# people-info-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
# and the platform stack's outputs as the remote state would give them (tests/mocks).
mock_provider "aws" {
  source = "../../tests/mocks"
}

# The platform stack's outputs, as the remote state gives them in dev.
mock_provider "terraform" {
  source = "../../tests/mocks/platform"
}

variables {
  image_tag = "0123456789abcdef0123456789abcdef01234567"
}

run "stack_with_its_dev_variables" {
  command = apply

  assert {
    condition     = output.service_url == "https://people-info.dev.cloudsuite.example.com" && output.ecs_service_name == "people-info-dev"
    error_message = "The stack must deploy people-info-service (its folder's name) as people-info-dev on people-info.<domain>."
  }

  assert {
    condition = (
      startswith(module.service.container_environment.QUARKUS_REDIS_HOSTS, "rediss://")
      && module.service.container_environment.QUARKUS_REDIS_TLS_HOSTNAME_VERIFICATION_ALGORITHM == "HTTPS"
      && jsonencode(module.service.container_secret_names) == jsonencode(["QUARKUS_REDIS_PASSWORD"])
    )
    error_message = "The service must reach Redis over TLS, check the certificate names the cluster, and get the AUTH token from Secrets Manager."
  }
  assert {
    condition     = module.redis.maxmemory_policy == "allkeys-lru"
    error_message = "people-info's Redis is a read cache in front of DynamoDB: allkeys-lru."
  }
  assert {
    condition     = aws_vpc_security_group_egress_rule.to_redis.from_port == 6379 && aws_vpc_security_group_egress_rule.to_redis.referenced_security_group_id == module.redis.security_group_id
    error_message = "The tasks may reach their own Redis only."
  }

  # The table exactly as the service's dynamodb/tables.json describes it (the service creates it from that file in
  # dev and tests; here Terraform owns it).
  assert {
    condition = (
      aws_dynamodb_table.people.hash_key == jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].hash_key.name
      && aws_dynamodb_table.people.range_key == try(jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].range_key.name, null)
    )
    error_message = "The table's keys must be those of tables.json."
  }
  assert {
    condition = toset([for a in aws_dynamodb_table.people.attribute : "${a.name}:${a.type}"]) == toset(flatten([
      for t in jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables : concat(
        ["${t.hash_key.name}:${t.hash_key.type}"],
        [for k in compact([try("${t.range_key.name}:${t.range_key.type}", "")]) : k],
        flatten([for i in try(t.global_secondary_indexes, []) : concat(["${i.hash_key.name}:${i.hash_key.type}"], [for k in compact([try("${i.range_key.name}:${i.range_key.type}", "")]) : k])]),
      )
    ]))
    error_message = "The table's attributes and their types must be those of tables.json's keys."
  }
  assert {
    condition = jsonencode(sort([for i in aws_dynamodb_table.people.global_secondary_index : "${i.name} ${i.hash_key} ${coalesce(i.range_key, "-")} ${i.projection_type}"])) == jsonencode(sort([
      for i in try(jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].global_secondary_indexes, []) : "${i.name} ${i.hash_key.name} ${try(i.range_key.name, "-")} ${i.projection}"
    ]))
    error_message = "The global secondary indexes (keys, projection) must be those of tables.json."
  }
  assert {
    condition = (try(jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].ttl_attribute, null) == null
      ? length(aws_dynamodb_table.people.ttl) == 0 || !try(aws_dynamodb_table.people.ttl[0].enabled, false)
    : aws_dynamodb_table.people.ttl[0].enabled && aws_dynamodb_table.people.ttl[0].attribute_name == jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].ttl_attribute)
    error_message = "Time to live must be on tables.json's ttl_attribute, and only there."
  }
  assert {
    # Quarkus maps the property people-info.dynamodb.people-table to PEOPLE_INFO_DYNAMODB_PEOPLE_TABLE.
    condition     = module.service.container_environment[upper(replace(jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].name_property, "/[.-]/", "_"))] == aws_dynamodb_table.people.name
    error_message = "The task must name the table in the environment variable form of tables.json's name_property."
  }
  assert {
    condition = jsonencode([for s in module.service.task_role_statements : [sort(s.actions), sort(s.resources)]]) == jsonencode([[
      sort(jsondecode(file("../../../people-info-service/src/main/resources/dynamodb/tables.json")).tables[0].actions),
      sort(concat([aws_dynamodb_table.people.arn], length(aws_dynamodb_table.people.global_secondary_index) > 0 ? ["${aws_dynamodb_table.people.arn}/index/*"] : [])),
    ]])
    error_message = "The task role must grant exactly tables.json's actions on the table (and its indexes), nothing else."
  }
  assert {
    condition     = startswith(aws_dynamodb_table.people.name, "people-info-dev-") && aws_dynamodb_table.people.billing_mode == "PAY_PER_REQUEST"
    error_message = "The table is named <service>-<environment>-<id> (the permissions boundary and the deploy role match -<environment>-)."
  }
}

