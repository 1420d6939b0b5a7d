#!/usr/bin/env bash
# Inside pg_virtualenv: can the pg_trgm GIN index serve a search under RLS? (pg_trgm's operators
# are not LEAKPROOF, so the planner must not evaluate them before the policy's quals.)
set -euo pipefail
cd /tmp/pgspike
psql -X -q -f schema.sql >/dev/null
psql -XAtqd tandem -c "insert into tandem.person(owner_role, name)
      select w, (array['Anna','Bart','Ahmed','Fatima','Jan','Marie','Lucas','Emma','Noah','Louise'])[1 + i % 10]
             || ' ' || (array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smet'])[1 + (i / 10) % 10]
             || ' ' || substr(md5(w || i), 1, 6)
      from generate_series(1, 100000) i, unnest(array['worker_a', 'worker_b']) w" -c "analyze tandem.person"
psql -XAtd tandem -c "select proname, proleakproof from pg_proc where proname in ('similarity_op','texticlike','textlike','texteq')"
A() { PGUSER=worker_a PGPASSWORD=pw-a PGDATABASE=tandem PGSSLMODE=require psql -XAt "$@"; }
for q in "name % 'Fatima Wouters 3f2a'" "name ilike '%3f2a1%'"; do
  echo "### $q  (100,000 persons per worker)"
  echo "-- superuser:"; psql -XAtd tandem -c "explain (analyze, costs off, timing off) select id from tandem.person where $q" | grep -E 'Scan|Execution'
  echo "-- worker_a:";  A -c "explain (analyze, costs off, timing off) select id from tandem.person where $q" | grep -E 'Scan|Execution'
  echo "-- worker_a, enable_seqscan=off:";  A -c "set enable_seqscan = off" -c "explain (analyze, costs off, timing off) select id from tandem.person where $q" | grep -E 'Scan|Execution'
done
