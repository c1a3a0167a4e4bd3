output "table_name" {
  description = "DynamoDB table of the streams being watched (STREAM_LIMITER_DYNAMODB_STREAMS_TABLE)."
  value       = aws_dynamodb_table.streams.name
}
