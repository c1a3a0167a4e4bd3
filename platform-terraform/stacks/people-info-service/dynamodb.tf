resource "aws_dynamodb_table" "people" {
  name                        = "${module.service.name}-people"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = var.table_deletion_protection

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "surname"
    type = "S"
  }

  # Look-ups by surname without a scan.
  global_secondary_index {
    name            = local.surname_index
    projection_type = "ALL"

    # key_schema, not the deprecated hash_key/range_key arguments (AWS provider 6.29+).
    key_schema {
      attribute_name = "surname"
      key_type       = "HASH"
    }
  }

  point_in_time_recovery {
    enabled = var.table_point_in_time_recovery
  }

  tags = module.service.tags
}
