variable "name" {
  description = "Name prefix of the VPC and its parts, e.g. cloudsuite-dev."
  type        = string
}

variable "cidr_block" {
  description = "IPv4 range of the VPC; each subnet gets a /20 of it (the default /16 leaves room for 16)."
  type        = string
  default     = "10.0.0.0/16"
}

variable "az_count" {
  description = "Number of availability zones to span, with one public and one private subnet in each."
  type        = number
  default     = 3

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 6
    error_message = "az_count must be between 2 (load balancers need two zones) and 6."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (cheaper, one zone's failure cuts egress) instead of one per zone."
  type        = bool
  default     = true
}

variable "interface_endpoints" {
  description = "AWS services reached through interface endpoints in the private subnets instead of the NAT gateway, e.g. [\"ecr.api\", \"ecr.dkr\", \"logs\", \"secretsmanager\"]. Empty: none (each costs per hour and zone)."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
