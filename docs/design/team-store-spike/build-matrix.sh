#!/usr/bin/env bash
# Builds the spike crate with each TLS connector, Linux build + Windows-gnu check; logs times.
cd /tmp/pgspike
export CARGO_TARGET_DIR=/tmp/pgspike/target
: > build-matrix.log
run() {
  local label="$1"; shift
  local start=$(date +%s)
  if nice -n 19 cargo "$@" > "logs/$label.log" 2>&1; then rc=0; else rc=$?; fi
  echo "$label: rc=$rc $(( $(date +%s) - start ))s  (cargo $*)" | tee -a build-matrix.log
}
mkdir -p logs
run linux-openssl build
run linux-native build --no-default-features --features tls-native
run linux-rustls build --no-default-features --features tls-rustls
run win-openssl check --target x86_64-pc-windows-gnu
run win-native check --target x86_64-pc-windows-gnu --no-default-features --features tls-native
run win-rustls check --target x86_64-pc-windows-gnu --no-default-features --features tls-rustls
echo done >> build-matrix.log
