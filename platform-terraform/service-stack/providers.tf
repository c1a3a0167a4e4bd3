# Linked by every stacks/<service>/ (see service-stack/README.md).
provider "aws" {
  region = var.region

  # The service module's tags (Project, Environment, Stack, ManagedBy), on everything the stack creates. The
  # module builds them from its inputs alone, so configuring the provider with them is no cycle.
  default_tags {
    tags = module.service.tags
  }
}
