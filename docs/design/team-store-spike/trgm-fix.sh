#!/usr/bin/env bash
# Inside pg_virtualenv: two ways to get the trigram index back under RLS.
set -euo pipefail
cd /tmp/pgspike
psql -X -q -f schema.sql >/dev/null
psql -XAtqd tandem -c "insert into tandem.person(owner_role, name)
      select w, (array['Anna','Bart','Ahmed','Fatima','Jan','Marie','Lucas','Emma','Noah','Louise'])[1 + i % 10]
             || ' ' || (array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smet'])[1 + (i / 10) % 10]
             || ' ' || substr(md5(w || i), 1, 6)
      from generate_series(1, 100000) i, unnest(array['worker_a', 'worker_b']) w" -c "analyze tandem.person"
A() { PGUSER=worker_a PGPASSWORD=pw-a PGDATABASE=tandem PGSSLMODE=require psql -XAt "$@"; }
Q="select id from tandem.person where name ilike '%3f2a1%'"
echo "### fix 1: a SECURITY DEFINER search function that applies the visibility rule itself"
psql -XAtqd tandem <<'SQL'
SET ROLE tandem_owner;
CREATE FUNCTION tandem.search_person_ids(q text) RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, ext, pg_temp AS $$
  SELECT p.id FROM tandem.person p
  WHERE p.name ILIKE '%' || q || '%'
    AND (p.owner_role = session_user
         OR EXISTS (SELECT 1 FROM tandem.file_access fa WHERE fa.person_id = p.id
                    AND fa.worker = session_user AND fa.until >= current_date))
$$;
REVOKE ALL ON FUNCTION tandem.search_person_ids(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tandem.search_person_ids(text) TO tandem_worker;
SQL
A -c "select count(*) from tandem.search_person_ids('3f2a1')"
A -c "select count(*) from tandem.person where id in (select tandem.search_person_ids('3f2a1'))"
A -c "\timing on" -c "select p.name from tandem.person p where p.id in (select tandem.search_person_ids('3f2a1'))" | grep -E 'Time|[A-Z]'
psql -XAtd tandem -c "set role tandem_owner" -c "explain (costs off) select p.id from tandem.person p where p.name ilike '%3f2a1%'" | grep -E 'Scan'
echo "### fix 2: mark the trigram operators' functions LEAKPROOF (superuser)"
psql -XAtqd tandem -c "alter function ext.similarity_op(text, text) leakproof" -c "alter function pg_catalog.texticlike(text, text) leakproof"
A -c "explain (analyze, costs off, timing off) $Q" | grep -E 'Scan|Execution'
A -c "explain (analyze, costs off, timing off) select id from tandem.person where name % 'Fatima Wouters 3f2a'" | grep -E 'Scan|Execution'
