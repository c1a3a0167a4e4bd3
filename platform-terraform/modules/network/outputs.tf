output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 range of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "availability_zones" {
  description = "Availability zones the subnets span, in subnet order."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "Public subnets (load balancer, NAT gateways), one per zone."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "Private subnets (tasks, Redis), one per zone."
  value       = aws_subnet.private[*].id
}

output "nat_public_ips" {
  description = "Public IPs the tasks' outbound traffic comes from."
  value       = aws_eip.nat[*].public_ip
}
