# Every DynamoDB table of a service stack exactly as the service's dynamodb/tables.json describes it (the service
# creates its tables from that file in dev and tests; in AWS Terraform owns them). Linked as tests/dynamodb.tftest.hcl
# by the stacks whose service uses DynamoDB; each keeps its tables by tables.json id in local.dynamodb_tables.
# Applied with the stack's env/dev.tfvars (passed by terraform-check.sh), mocked AWS and the platform's outputs.
mock_provider "aws" {
  source = "../../tests/mocks"
}

mock_provider "terraform" {
  source = "../../tests/mocks/platform"
}

variables {
  image_tag = "0123456789abcdef0123456789abcdef01234567"
}

run "tables_as_tables_json_says" {
  command = apply

  assert {
    condition     = toset(keys(local.dynamodb_tables)) == toset([for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables : t.id])
    error_message = "local.dynamodb_tables must hold exactly the tables of tables.json, by id."
  }
  assert {
    condition = alltrue([for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables :
      local.dynamodb_tables[t.id].hash_key == t.hash_key.name && local.dynamodb_tables[t.id].range_key == try(t.range_key.name, null)
    ])
    error_message = "The table's keys must be those of tables.json."
  }
  assert {
    condition = alltrue([for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables :
      toset([for a in local.dynamodb_tables[t.id].attribute : "${a.name}:${a.type}"]) == toset(concat(
        ["${t.hash_key.name}:${t.hash_key.type}"],
        [for k in compact([try("${t.range_key.name}:${t.range_key.type}", "")]) : k],
        flatten([for i in try(t.global_secondary_indexes, []) : concat(["${i.hash_key.name}:${i.hash_key.type}"], [for k in compact([try("${i.range_key.name}:${i.range_key.type}", "")]) : k])]),
      ))
    ])
    error_message = "The table's attributes and their types must be those of tables.json's keys."
  }
  assert {
    condition = alltrue([for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables :
      jsonencode(sort([for i in local.dynamodb_tables[t.id].global_secondary_index : "${i.name} ${i.hash_key} ${coalesce(i.range_key, "-")} ${i.projection_type}"]))
      == jsonencode(sort([for i in try(t.global_secondary_indexes, []) : "${i.name} ${i.hash_key.name} ${try(i.range_key.name, "-")} ${i.projection}"]))
    ])
    error_message = "The global secondary indexes (keys, projection) must be those of tables.json."
  }
  assert {
    condition = alltrue([for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables :
      try(t.ttl_attribute, null) == null
      ? length(local.dynamodb_tables[t.id].ttl) == 0 || !try(local.dynamodb_tables[t.id].ttl[0].enabled, false)
      : local.dynamodb_tables[t.id].ttl[0].enabled && local.dynamodb_tables[t.id].ttl[0].attribute_name == t.ttl_attribute
    ])
    error_message = "Time to live must be on tables.json's ttl_attribute, and only there."
  }
  assert {
    # Quarkus maps a property such as people-info.dynamodb.people-table to PEOPLE_INFO_DYNAMODB_PEOPLE_TABLE.
    condition = alltrue([for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables :
      module.service.container_environment[upper(replace(t.name_property, "/[.-]/", "_"))] == local.dynamodb_tables[t.id].name
    ])
    error_message = "The task must name the table in the environment variable form of tables.json's name_property."
  }
  assert {
    condition = jsonencode([for s in module.service.task_role_statements : [sort(s.actions), sort(s.resources)]]) == jsonencode([
      for t in jsondecode(file("../../../${module.service.tags.Stack}/src/main/resources/dynamodb/tables.json")).tables : [
        sort(t.actions),
        sort(concat([local.dynamodb_tables[t.id].arn], length(local.dynamodb_tables[t.id].global_secondary_index) > 0 ? ["${local.dynamodb_tables[t.id].arn}/index/*"] : [])),
      ]
    ])
    error_message = "The task role must grant exactly tables.json's actions on each table (and its indexes), nothing else."
  }
  assert {
    condition     = alltrue([for t in values(local.dynamodb_tables) : startswith(t.name, "${output.ecs_service_name}-") && t.billing_mode == "PAY_PER_REQUEST"])
    error_message = "The table is named <service>-<environment>-<id> (the permissions boundary and the deploy role match -<environment>-)."
  }
}
