#!/bin/bash
# The compose health check's command, at the official image's path: here it only checks that the
# broker's port (from --bootstrap-server HOST:PORT) accepts a connection.
set -euo pipefail
server=localhost:9092
while (($#)); do
  [[ $1 == --bootstrap-server ]] && server=$2 && shift
  shift
done
exec 3<>"/dev/tcp/${server%:*}/${server##*:}"
