#!/usr/bin/env bash
# Runs INSIDE pg_virtualenv (see run.sh): builds the schema as the superuser, then proves the
# isolation by logging in as each role over TLS (scram-sha-256, CA pinned, verify-full).
set -euo pipefail
cd /tmp/pgspike
CA=/tmp/pgspike/tls/ca.crt
fails=0
ok()   { printf '  ok   %s\n' "$*"; }
bad()  { printf '  FAIL %s\n' "$*"; fails=$((fails + 1)); }
t0=$(date +%s.%N)

echo "== cluster: PGHOST=$PGHOST PGPORT=$PGPORT PGUSER=$PGUSER PGDATABASE=$PGDATABASE"
psql -X -q -f schema.sql
# Workers and the lead only over TLS: put the rules first in pg_hba.conf, then reload.
HBA=$(psql -XAtc 'show hba_file')
{ echo "hostnossl all worker_a,worker_b,team_lead all reject"
  echo "hostssl   tandem worker_a,worker_b,team_lead 127.0.0.1/32 scram-sha-256"
  echo "hostssl   tandem worker_a,worker_b,team_lead ::1/128 scram-sha-256"
  cat "$HBA"; } > "$HBA.new" && mv "$HBA.new" "$HBA"
psql -XAtc 'select pg_reload_conf()' >/dev/null
echo "== schema built in $(echo "$(date +%s.%N) - $t0" | bc) s"

# as ROLE PASSWORD SQL...: one psql session as ROLE over TLS with the CA pinned.
as() {
  local role=$1 pw=$2; shift 2
  PGUSER=$role PGPASSWORD=$pw PGDATABASE=tandem PGHOST=localhost PGSSLMODE=verify-full \
    PGSSLROOTCERT=$CA psql -X -v ON_ERROR_STOP=1 -At "$@" 2>&1
}
A() { as worker_a pw-a "$@"; }
B() { as worker_b pw-b "$@"; }
L() { as team_lead pw-lead "$@"; }
expect() { # expect LABEL WANTED GOT
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: wanted [$2] got [$3]"; fi; }
expect_error() { # expect_error LABEL PATTERN COMMAND...
  local label=$1 pattern=$2 out; shift 2
  if out=$("$@" 2>&1); then bad "$label: succeeded: $out"
  elif grep -q "$pattern" <<<"$out"; then ok "$label ($(grep -m1 -o 'ERROR: .*\|FATAL: .*' <<<"$out"))"
  else bad "$label: wrong error: $out"; fi; }

echo "== connections"
expect "worker A logs in over TLS with scram" "worker_a|t" \
  "$(A -c "select current_user, ssl from pg_stat_ssl where pid = pg_backend_pid()")"
expect_error "plain-text login refused by pg_hba" "no encryption" \
  env PGUSER=worker_a PGPASSWORD=pw-a PGDATABASE=tandem PGSSLMODE=disable psql -X -c 'select 1'
expect_error "wrong password refused" "password authentication failed" as worker_a nope -c 'select 1'
expect_error "a CA that is not the OCMW's is refused by the client" "certificate verify failed" \
  env PGSSLMODE=verify-full PGSSLROOTCERT=/etc/ssl/certs/ssl-cert-snakeoil.pem PGUSER=worker_a \
  PGPASSWORD=pw-a PGDATABASE=tandem psql -X -c 'select 1'

echo "== persons: each worker sees their own"
A -q -c "insert into tandem.person(name) values ('Anna Peeters'), ('Ahmed El Amrani')"
B -q -c "insert into tandem.person(name) values ('Bart Janssens')"
expect "A sees only A's persons" "Ahmed El Amrani,Anna Peeters" \
  "$(A -c "select string_agg(name, ',' order by name) from tandem.person")"
expect "B sees only B's persons" "Bart Janssens" \
  "$(B -c "select string_agg(name, ',' order by name) from tandem.person")"
expect "A's name search (pg_trgm) does not find B's person" "0" \
  "$(A -c "select count(*) from tandem.person where name % 'Bart Jansens'")"
expect "B's trigram search finds B's person with a typo" "Bart Janssens" \
  "$(B -c "select name from tandem.person where name % 'Bart Jansens'")"
expect_error "A cannot insert a person owned by B" "row-level security" \
  A -c "insert into tandem.person(owner_role, name) values ('worker_b', 'Planted')"
expect_error "A cannot hand a person over by changing owner_role" "permission denied" \
  A -c "update tandem.person set owner_role = 'worker_b'"
expect "A's update of B's person touches 0 rows" "UPDATE 0" \
  "$(A -c "update tandem.person set name = 'x' where name = 'Bart Janssens'")"
expect_error "the lead cannot read persons at all" "permission denied for table person" \
  L -c "select count(*) from tandem.person"

echo "== name search at 10,000 persons per worker: is the trigram index used under RLS?"
psql -XAtqd tandem -c "create index person_owner on tandem.person(owner_role)" \
  -c "insert into tandem.person(owner_role, name)
      select w, (array['Anna','Bart','Ahmed','Fatima','Jan','Marie','Lucas','Emma','Noah','Louise'])[1 + i % 10]
             || ' ' || (array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smet'])[1 + (i / 10) % 10]
             || '-' || substr(md5(w || i), 1, 6)
      from generate_series(1, 10000) i, unnest(array['worker_a', 'worker_b']) w" -c "analyze tandem.person"
N=$(psql -XAtd tandem -c "select name from tandem.person where owner_role = 'worker_a' order by id desc limit 1")
Q="select id, name from tandem.person where name % '${N/-/ }' order by similarity(name, '${N/-/ }') desc limit 10"
echo "-- query: $Q"
echo "-- as worker_a:"; A -c "explain (analyze, costs off, timing off, summary on) $Q" | sed 's/^/    /'
echo "-- ILIKE as worker_a:"; A -c "explain (analyze, costs off, timing off, summary on) select id from tandem.person where name ilike '%${N#*-}%'" | sed 's/^/    /'
echo "-- as superuser (no RLS):"; psql -XAtd tandem -c "explain (analyze, costs off, timing off, summary on) $Q" | sed 's/^/    /'
for i in 1 2 3; do A -c "\\timing on" -c "$Q" | grep Time; done | sed 's/^/    worker_a /'
psql -XAtqd tandem -c "delete from tandem.person where name like '%-______'"

echo "== cover grants"
BART=$(psql -XAtd tandem -c "select id from tandem.person where name = 'Bart Janssens'")
expect_error "a worker cannot grant cover" "permission denied for function grant_cover" \
  A -c "select tandem.grant_cover($BART, 'worker_a', current_date + 7)"
expect_error "a worker cannot write file_access directly" "permission denied for table file_access" \
  A -c "insert into tandem.file_access values ($BART, 'worker_a', current_date + 7, 'worker_a')"
L -q -c "select tandem.grant_cover($BART, 'worker_a', current_date - 1)" >/dev/null
expect "cover that ended yesterday gives nothing" "0" \
  "$(A -c "select count(*) from tandem.person where id = $BART")"
L -q -c "select tandem.grant_cover($BART, 'worker_a', current_date + 14)" >/dev/null
expect "cover until in 14 days: A sees B's person" "Bart Janssens" \
  "$(A -c "select name from tandem.person where id = $BART")"
expect "A sees own grant in file_access, B sees none for A" "1|0" \
  "$(A -c "select count(*) from tandem.file_access")|$(B -c "select count(*) from tandem.file_access")"

echo "== audit"
expect_error "A cannot read the audit table" "permission denied for table audit" \
  A -c "select * from tandem.audit"
expect_error "A cannot insert into the audit table" "permission denied for table audit" \
  A -c "insert into tandem.audit values (99, now(), 'x', 'x', 'x', '', '')"
expect_error "A cannot move the audit head" "permission denied for table audit_head" \
  A -c "update tandem.audit_head set last_seq = 0"
expect "A appends through append_audit()" "3" \
  "$(A -c "select tandem.append_audit('person.open', 'person=1')")"
expect_error "UPDATE on audit refused even for the superuser" "append-only (UPDATE refused)" \
  psql -XAt -v ON_ERROR_STOP=1 -d tandem -c "update tandem.audit set detail = 'x'"
expect_error "DELETE on audit refused even for the superuser" "append-only (DELETE refused)" \
  psql -XAt -v ON_ERROR_STOP=1 -d tandem -c "delete from tandem.audit"
expect_error "TRUNCATE on audit refused even for the superuser" "append-only (TRUNCATE refused)" \
  psql -XAt -v ON_ERROR_STOP=1 -d tandem -c "truncate tandem.audit"
expect "chain verifies" "3|" "$(A -c "select * from tandem.verify_audit()")"

echo "== concurrency: 8 clients x 250 appends through the function (pgbench, TLS)"
echo "select tandem.append_audit('bench', 'client ' || :client_id);" > /tmp/pgspike/append.pgbench
t=$(date +%s.%N)
PGUSER=worker_a PGPASSWORD=pw-a PGDATABASE=tandem PGSSLMODE=verify-full PGSSLROOTCERT=$CA \
  pgbench -n -c 8 -j 2 -t 250 -f /tmp/pgspike/append.pgbench 2>&1 | grep -E 'tps|failed|processed'
echo "  ($(echo "$(date +%s.%N) - $t" | bc) s)"
expect "2003 entries, gapless, chain intact" "2003|" "$(A -c "select * from tandem.verify_audit()")"
psql -XAtd tandem -c "select seq, actor, action, encode(hash, 'hex') from tandem.audit order by seq limit 3"
psql -XAtd tandem -q -c "alter table tandem.audit disable trigger audit_no_update" \
  -c "update tandem.audit set detail = 'tampered' where seq = 500" \
  -c "alter table tandem.audit enable trigger audit_no_update"
expect "a tampered entry is found by verify (superuser disabled the trigger)" "2003|500" \
  "$(A -c "select * from tandem.verify_audit()")"

echo "== revoke"
# B holds an open session; the admin revokes B. NOLOGIN alone does not end open sessions.
( echo "select 'before', count(*) from tandem.person;"; sleep 2
  echo "select 'after nologin', count(*) from tandem.person;"; sleep 3
  echo "select 'after terminate', count(*) from tandem.person;" ) \
  | B > /tmp/pgspike/revoke-session.log &
sleep 1
psql -XAtq -c "alter role worker_b nologin"
expect_error "a new login of B is refused at once" "not permitted to log in" B -c 'select 1'
sleep 2
psql -XAtq -c "select pg_terminate_backend(pid) from pg_stat_activity where usename = 'worker_b'"
wait || true
sed 's/^/  B session: /' /tmp/pgspike/revoke-session.log

echo "== Rust client (postgres crate) as worker A, one per TLS connector"
for bin in /tmp/pgspike/bin/pgspike-*-linux-gnu; do
  echo "-- $(basename "$bin")"
  "$bin" localhost "$PGPORT" worker_a pw-a tandem "$CA" | sed 's/^/    /' || bad "$bin"
  # (first_broken=500 below is the entry demo.sh tampered with on purpose above)
done
echo "-- a CA that is not the OCMW's (snakeoil) must be refused by every connector:"
for bin in /tmp/pgspike/bin/pgspike-*-linux-gnu; do
  if out=$("$bin" localhost "$PGPORT" worker_a pw-a tandem /etc/ssl/certs/ssl-cert-snakeoil.pem 2>&1); then
    bad "$(basename "$bin") accepted a foreign CA"
  else ok "$(basename "$bin"): $(tail -1 <<<"$out")"; fi
done
echo "-- hostname check: 127.0.0.1 under the name db.example.org (not in the certificate) must be refused:"
for bin in /tmp/pgspike/bin/pgspike-*-linux-gnu; do
  if out=$(PGSPIKE_HOSTADDR=127.0.0.1 "$bin" db.example.org "$PGPORT" worker_a pw-a tandem "$CA" 2>&1); then
    bad "$(basename "$bin") accepted a wrong host name"
  else ok "$(basename "$bin"): $(tail -1 <<<"$out")"; fi
done
if command -v wine >/dev/null && [ -d /tmp/pgspike/winbin ]; then
  export WINEPREFIX=/tmp/pgspike/wine WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
  for exe in /tmp/pgspike/winbin/pgspike-*.exe; do
    echo "-- wine $(basename "$exe")"
    if ! timeout 120 wine "$exe" localhost "$PGPORT" worker_a pw-a tandem "$CA" 2>&1 | tr -d '\r' | sed 's/^/    /'; then
      # native-tls = schannel on Windows; under Wine 8 it fails with 0x800B010E
      # (CERT_E_REVOCATION_FAILURE) for a private CA without CRL: recorded, not counted.
      case "$exe" in *native*) echo "    (known: schannel under Wine)";; *) bad "wine $exe";; esac
    fi
  done
fi
echo "== total $(echo "$(date +%s.%N) - $t0" | bc) s, failures: $fails"
[ "$fails" -eq 0 ]
