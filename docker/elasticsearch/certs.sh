#!/bin/bash
# The deployment's own certificate authority and a certificate for each Elasticsearch node, made
# once by the compose service elasticsearch-certs (the Elasticsearch image, as root) and kept on
# volumes:
#   es-ca     the CA's certificate and key: only this step mounts it (to add a node later)
#   es-certs  every node's certificate and key, and the CA's certificate: the nodes mount it
#   es-trust  the CA's certificate alone: Kibana and the DX services mount it to trust the nodes
# The certificates name the nodes as the services reach them (elasticsearch, elasticsearch-2,
# elasticsearch-3) and localhost, for the health checks. Delete the volumes to make new ones.
set -euo pipefail

certs=${DX_CERTS_DIR:-/certs}
home=${ES_HOME:-/usr/share/elasticsearch}
ca_dir=$certs/ca
node_dir=$certs/nodes
trust_dir=$certs/trust

if [ -f "$node_dir/ca/ca.crt" ] && [ -f "$trust_dir/ca.crt" ]; then
  echo "Elasticsearch certificates exist; nothing to do"
  exit 0
fi

extract() {
  mkdir -p "$2"
  if command -v unzip > /dev/null; then
    unzip -qo "$1" -d "$2"
  else
    (cd "$2" && "$home/jdk/bin/jar" xf "$1")
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$ca_dir/ca.key" ]; then
  "$home/bin/elasticsearch-certutil" ca --silent --pem --days 3650 --out "$work/ca.zip"
  extract "$work/ca.zip" "$work"
  mkdir -p "$ca_dir"
  cp "$work/ca/ca.crt" "$work/ca/ca.key" "$ca_dir/"
  chmod 600 "$ca_dir/ca.key"
fi

cat > "$work/instances.yml" <<'YAML'
instances:
  - name: elasticsearch
    dns: [elasticsearch, localhost]
    ip: [127.0.0.1]
  - name: elasticsearch-2
    dns: [elasticsearch-2, localhost]
    ip: [127.0.0.1]
  - name: elasticsearch-3
    dns: [elasticsearch-3, localhost]
    ip: [127.0.0.1]
YAML
"$home/bin/elasticsearch-certutil" cert --silent --pem --days 1095 \
  --in "$work/instances.yml" --ca-cert "$ca_dir/ca.crt" --ca-key "$ca_dir/ca.key" \
  --out "$work/nodes.zip"
extract "$work/nodes.zip" "$work/nodes"

mkdir -p "$node_dir/ca" "$trust_dir"
cp -r "$work/nodes/." "$node_dir/"
cp "$ca_dir/ca.crt" "$node_dir/ca/ca.crt"
cp "$ca_dir/ca.crt" "$trust_dir/ca.crt"
# The nodes run as uid 1000, group 0: their keys are theirs alone; the CA certificate is public.
chown -R 1000:0 "$node_dir"
find "$node_dir" -type d -exec chmod 750 {} +
find "$node_dir" -type f -exec chmod 640 {} +
chmod 755 "$trust_dir"
chmod 644 "$trust_dir/ca.crt"
echo "Made the CA and the certificates of elasticsearch, elasticsearch-2 and elasticsearch-3"
