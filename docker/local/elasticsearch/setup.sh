#!/bin/bash
# elasticsearch-setup with the local Elasticsearch image (compose.local.yaml mounts this directory
# on /setup in place of docker/elasticsearch): the node itself made the file-realm user dx_platform
# (run), so this only waits until that user logs in, then exits as the official step does.
set -euo pipefail
: "${DX_PLATFORM_PASSWORD:?set DX_ELASTICSEARCH_PASSWORD in docker/.env}"
node=${ELASTICSEARCH_URL:-https://elasticsearch:9200}
ca=${ELASTICSEARCH_CA:-/etc/dx/elasticsearch/ca.crt}
for _ in $(seq 90); do
  if curl -fsS -o /dev/null --cacert "$ca" -u "dx_platform:$DX_PLATFORM_PASSWORD" "$node/_security/_authenticate" 2>/dev/null; then
    echo "dx_platform logs in to $node"
    exit 0
  fi
  sleep 2
done
echo "dx_platform cannot log in to $node" >&2
exit 1
