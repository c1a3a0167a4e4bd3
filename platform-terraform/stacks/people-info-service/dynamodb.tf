# The people table, as people-info-service/src/main/resources/dynamodb/tables.json describes it (table id "people");
# tests/stack.tftest.hcl compares the two: keys, attribute types, index, projection.
resource "aws_dynamodb_table" "people" {
  name                        = "${module.service.name}-people"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = var.table_deletion_protection

  attribute {
    name = "id"
    type = "S"
  }

  # The surname trimmed, NFC-normalised and lower-cased by the service: look-ups by surname are case-insensitive.
  attribute {
    name = "surname_key"
    type = "S"
  }

  # People with a surname, in id order (the sort key makes pages stable), without a scan.
  global_secondary_index {
    name            = local.surname_index
    hash_key        = "surname_key"
    range_key       = "id"
    projection_type = "ALL"
  }

  # Idempotency-Key records (24 h) and deleted people's tombstones (1 h) expire; TTL removes them some time after.
  ttl {
    attribute_name = "expires_at_epoch"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = var.table_point_in_time_recovery
  }

  tags = module.service.tags
}
