output "table_name" {
  description = "DynamoDB table of the people (PEOPLE_INFO_DYNAMODB_PEOPLE_TABLE)."
  value       = aws_dynamodb_table.people.name
}

output "surname_index_name" {
  description = "Global secondary index by surname key (fixed in the service's tables.json)."
  value       = local.surname_index
}
