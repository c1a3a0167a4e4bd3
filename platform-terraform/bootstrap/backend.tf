terraform {
  # The bucket this stack creates holds its own state too. The very first apply in an account runs
  # with a local backend (local_override.tf, see README.md), then migrates here.
  backend "s3" {}
}
