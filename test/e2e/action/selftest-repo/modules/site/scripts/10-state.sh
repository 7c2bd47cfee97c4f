#!/bin/bash
# Idempotent: the marker is written once.
set -e
mkdir -p /var/lib/site
[[ -f /var/lib/site/ready ]] || echo ready > /var/lib/site/ready
