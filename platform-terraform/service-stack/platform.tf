# Linked by every stacks/<service>/ (see service-stack/README.md).
# The shared foundation (network, cluster, load balancer, ECR) from the platform stack's state.
data "terraform_remote_state" "platform" {
  backend = "s3"

  config = {
    bucket = var.state_bucket
    key    = "platform/terraform.tfstate"
    region = var.region
  }
}
