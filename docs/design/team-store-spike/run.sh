#!/usr/bin/env bash
# The recipe: a throw-away cluster with the OCMW test CA's server certificate, demo.sh inside it.
set -euo pipefail
cd /tmp/pgspike
[ -f tls/server.key ] || ./make-tls.sh
time pg_virtualenv -t \
  -o ssl=on -o ssl_cert_file=/tmp/pgspike/tls/server.crt -o ssl_key_file=/tmp/pgspike/tls/server.key \
  -o ssl_min_protocol_version=TLSv1.2 -o password_encryption=scram-sha-256 \
  -- ./demo.sh
