#!/usr/bin/env bash
# Builds the real client three times per target (one TLS connector each) into bin/.
cd /tmp/pgspike
export CARGO_TARGET_DIR=/tmp/pgspike/target
mkdir -p bin logs
for tls in openssl native rustls; do
  for target in x86_64-unknown-linux-gnu x86_64-pc-windows-gnu; do
    start=$(date +%s)
    if nice -n 19 cargo build --target $target --no-default-features --features tls-$tls > logs/bin-$tls-$target.log 2>&1; then rc=0; else rc=$?; fi
    echo "build $target tls-$tls: rc=$rc $(( $(date +%s) - start ))s" | tee -a build-matrix.log
    ext=""; [ $target = x86_64-pc-windows-gnu ] && ext=.exe
    [ $rc = 0 ] && cp target/$target/debug/pgspike$ext bin/pgspike-$tls-${target%%-*}-${target#*-*-}$ext
  done
done
echo bins-done >> build-matrix.log
