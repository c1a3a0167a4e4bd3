# One item per stream a viewer is watching. Items expire by themselves (TTL) when a client stops
# without saying so, so a crashed player does not hold one of the viewer's three slots forever.
resource "aws_dynamodb_table" "streams" {
  name                        = "${module.service.name}-streams"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "viewer_id"
  range_key                   = "stream_id"
  deletion_protection_enabled = var.table_deletion_protection

  attribute {
    name = "viewer_id"
    type = "S"
  }

  attribute {
    name = "stream_id"
    type = "S"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  tags = module.service.tags
}
