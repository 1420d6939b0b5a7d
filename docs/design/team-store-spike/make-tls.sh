#!/usr/bin/env bash
# An OCMW CA and a server certificate for localhost/127.0.0.1 (what `tandem-server init` would make).
set -euo pipefail
cd /tmp/pgspike/tls
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
  -subj "/CN=OCMW Spike CA" -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
  -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' > ext.cnf
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
  -extfile ext.cnf -out server.crt 2>/dev/null
# The server runs as the postgres user and refuses a key readable by others.
chown postgres:postgres server.key server.crt ca.crt && chmod 600 server.key
ls -l
