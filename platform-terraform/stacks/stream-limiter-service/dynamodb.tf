# The table stream-limiter-service describes in its src/main/resources/dynamodb/tables.json (id "streams"); the
# repository checks compare keys, attribute types and the TTL attribute with that file.
#
# One partition per viewer: a slot item per stream slot ("slot#1" .. "slot#<limit>") that a start takes with one
# conditional write, and an "idempotency#<key>" item per remembered Idempotency-Key. Expired leases are free the
# moment they expire (the service compares lease_expires_at_ms); TTL only deletes old items later.
resource "aws_dynamodb_table" "streams" {
  name                        = "${module.service.name}-streams"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "viewer"
  range_key                   = "slot"
  deletion_protection_enabled = var.table_deletion_protection

  attribute {
    name = "viewer"
    type = "S"
  }

  attribute {
    name = "slot"
    type = "S"
  }

  ttl {
    attribute_name = "expires_at_epoch"
    enabled        = true
  }

  tags = module.service.tags
}
