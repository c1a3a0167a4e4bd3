terraform {
  # Partial configuration: bucket, key, region and locking come from env/<environment>.s3.tfbackend.
  backend "s3" {}
}
