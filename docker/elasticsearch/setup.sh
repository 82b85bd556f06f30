#!/bin/bash
# Run by the compose service elasticsearch-setup on every `up`, once Elasticsearch is healthy: sets
# the password of kibana_system (Kibana's own user) and makes the role dx_platform
# (dx-platform-role.json: the platform's indices and templates, nothing else) and the user
# dx_platform the services log in as. Re-running it applies the passwords now in docker/.env,
# which is how they are rotated (docs/operations.md, Hardening). No password is printed.
set -euo pipefail

: "${ELASTIC_PASSWORD:?set DX_ELASTIC_PASSWORD in docker/.env}"
: "${KIBANA_PASSWORD:?set DX_KIBANA_PASSWORD in docker/.env}"
: "${DX_PLATFORM_PASSWORD:?set DX_ELASTICSEARCH_PASSWORD in docker/.env}"

node=${ELASTICSEARCH_URL:-https://elasticsearch:9200}
ca=${ELASTICSEARCH_CA:-/etc/dx/elasticsearch/ca.crt}
here=$(dirname "$0")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
# The elastic user's credentials in a header file, not on a command line others can read.
printf 'Authorization: Basic %s\n' "$(printf 'elastic:%s' "$ELASTIC_PASSWORD" | base64 -w0)" \
  > "$work/auth"

json_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

call() {
  local method=$1 path=$2 body=$3 status
  status=$(curl -s -o "$work/answer" -w '%{http_code}' --cacert "$ca" -H @"$work/auth" \
    -H 'Content-Type: application/json' -X "$method" "$node$path" --data-binary "$body")
  if [ "$status" -ge 300 ]; then
    echo "$method $path answered $status: $(cat "$work/answer")" >&2
    exit 1
  fi
}

call POST /_security/user/kibana_system/_password \
  "{\"password\":$(json_string "$KIBANA_PASSWORD")}"
call PUT /_security/role/dx_platform "@$here/dx-platform-role.json"
call PUT /_security/user/dx_platform \
  "{\"password\":$(json_string "$DX_PLATFORM_PASSWORD"),\"roles\":[\"dx_platform\"],\"full_name\":\"DX Monitor services\"}"
echo "kibana_system's password, the role dx_platform and the user dx_platform are set"
