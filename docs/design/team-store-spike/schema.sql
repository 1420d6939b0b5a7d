-- Spike: the team store's isolation design. Run as a superuser (in pg_virtualenv: PGUSER=postgres)
-- against a fresh database. Roles are cluster-wide: a test suite running several databases in one
-- cluster must prefix role names per database.
\set ON_ERROR_STOP on

-- Roles ------------------------------------------------------------------------------------------
-- tandem_owner   owns the schema and the tables; NOLOGIN: the app never connects as it.
-- tandem_audit   owns only append_audit(); may INSERT into audit and move the head, nothing else
--                (so even a bug in the definer function cannot UPDATE/DELETE the trail).
-- tandem_worker  group role holding the workers' privileges; each worker is a LOGIN member.
-- team_lead      LOGIN; writes cover grants through grant_cover(), sees no person rows.
CREATE ROLE tandem_owner NOLOGIN;
CREATE ROLE tandem_audit NOLOGIN;
CREATE ROLE tandem_worker NOLOGIN;
SET password_encryption = 'scram-sha-256';
CREATE ROLE worker_a LOGIN PASSWORD 'pw-a' IN ROLE tandem_worker;
CREATE ROLE worker_b LOGIN PASSWORD 'pw-b' IN ROLE tandem_worker;
CREATE ROLE team_lead LOGIN PASSWORD 'pw-lead';

CREATE DATABASE tandem OWNER tandem_owner;
\connect tandem
REVOKE ALL ON DATABASE tandem FROM PUBLIC;
GRANT CONNECT ON DATABASE tandem TO tandem_worker, team_lead;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
-- Extensions in their own schema, usable by the app roles. (In `public`, after the REVOKE above,
-- a worker gets "operator does not exist: text % unknown": operators need USAGE on their schema.)
CREATE SCHEMA ext;
CREATE EXTENSION pgcrypto SCHEMA ext;  -- digest(); sha256() is built in since PG 11, either works
CREATE EXTENSION pg_trgm SCHEMA ext;   -- name search: similarity(), %, gin_trgm_ops
ALTER DATABASE tandem SET search_path = tandem, ext;
SET search_path = tandem, ext;

CREATE SCHEMA tandem AUTHORIZATION tandem_owner;
GRANT USAGE ON SCHEMA tandem TO tandem_worker, team_lead, tandem_audit;
GRANT USAGE ON SCHEMA ext TO tandem_worker, team_lead, tandem_audit, tandem_owner;

SET ROLE tandem_owner;  -- every object below is owned by tandem_owner

-- person -----------------------------------------------------------------------------------------
CREATE TABLE tandem.person (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_role text NOT NULL DEFAULT current_user,
  name       text NOT NULL
);
CREATE INDEX person_name_trgm ON tandem.person USING gin (name ext.gin_trgm_ops);

-- file_access: the cover grant (person, worker, until). Written only through grant_cover().
CREATE TABLE tandem.file_access (
  person_id  bigint NOT NULL REFERENCES tandem.person(id),
  worker     text   NOT NULL,
  until      date   NOT NULL,
  granted_by text   NOT NULL,
  PRIMARY KEY (person_id, worker)
);

-- audit: a hash chain. seq is gapless and in chain order because appends are serialised on the
-- head row. hash = sha256(prev_hash || canonical text of the entry).
CREATE TABLE tandem.audit (
  seq       bigint PRIMARY KEY,
  at        timestamptz NOT NULL,
  actor     text NOT NULL,
  action    text NOT NULL,
  detail    text NOT NULL,
  prev_hash bytea NOT NULL,
  hash      bytea NOT NULL
);
CREATE TABLE tandem.audit_head (
  id        int PRIMARY KEY CHECK (id = 1),
  last_seq  bigint NOT NULL,
  last_hash bytea NOT NULL
);
INSERT INTO tandem.audit_head VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');

-- Row-level security on every table, forced so that the owner is bound too.
ALTER TABLE tandem.person      ENABLE ROW LEVEL SECURITY;
ALTER TABLE tandem.person      FORCE  ROW LEVEL SECURITY;
ALTER TABLE tandem.file_access ENABLE ROW LEVEL SECURITY;
ALTER TABLE tandem.file_access FORCE  ROW LEVEL SECURITY;
ALTER TABLE tandem.audit       ENABLE ROW LEVEL SECURITY;
ALTER TABLE tandem.audit       FORCE  ROW LEVEL SECURITY;
ALTER TABLE tandem.audit_head  ENABLE ROW LEVEL SECURITY;
ALTER TABLE tandem.audit_head  FORCE  ROW LEVEL SECURITY;

-- A worker sees the persons they own, and those a live cover grant gives them. The sub-select on
-- file_access runs with the worker's rights, so it is filtered by file_access's own policy
-- (worker = current_user): that is what we want.
CREATE POLICY person_read ON tandem.person FOR SELECT TO tandem_worker
  USING (owner_role = current_user
         OR EXISTS (SELECT 1 FROM tandem.file_access fa
                    WHERE fa.person_id = person.id AND fa.worker = current_user
                      AND fa.until >= current_date));
CREATE POLICY person_insert ON tandem.person FOR INSERT TO tandem_worker
  WITH CHECK (owner_role = current_user);
CREATE POLICY person_update ON tandem.person FOR UPDATE TO tandem_worker
  USING (owner_role = current_user
         OR EXISTS (SELECT 1 FROM tandem.file_access fa
                    WHERE fa.person_id = person.id AND fa.worker = current_user
                      AND fa.until >= current_date))
  WITH CHECK (true);  -- a covering colleague may edit, but owner_role cannot change (column grant)
-- grant_cover() runs as tandem_owner, which FORCE binds: it needs to see the person row it
-- points at (the foreign key check runs as owner too, but FK checks bypass RLS).
CREATE POLICY person_owner_read ON tandem.person FOR SELECT TO tandem_owner USING (true);

CREATE POLICY file_access_read ON tandem.file_access FOR SELECT TO tandem_worker
  USING (worker = current_user);
CREATE POLICY file_access_lead_read ON tandem.file_access FOR SELECT TO team_lead USING (true);
CREATE POLICY file_access_owner_all ON tandem.file_access TO tandem_owner USING (true) WITH CHECK (true);

-- audit: only tandem_audit (the definer of append_audit) has policies: insert, and read the head.
CREATE POLICY audit_append ON tandem.audit FOR INSERT TO tandem_audit WITH CHECK (true);
CREATE POLICY audit_read_for_verify ON tandem.audit FOR SELECT TO tandem_audit USING (true);
CREATE POLICY head_read ON tandem.audit_head FOR SELECT TO tandem_audit USING (true);
CREATE POLICY head_move ON tandem.audit_head FOR UPDATE TO tandem_audit USING (true) WITH CHECK (true);

-- Append-only, whoever asks (triggers fire for superusers and owners too; RLS does not).
CREATE FUNCTION tandem.audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON tandem.audit
  FOR EACH ROW EXECUTE FUNCTION tandem.audit_refuse();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON tandem.audit
  FOR EACH STATEMENT EXECUTE FUNCTION tandem.audit_refuse();

-- Privileges -------------------------------------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA tandem FROM PUBLIC;
GRANT SELECT, INSERT ON tandem.person TO tandem_worker;
GRANT UPDATE (name) ON tandem.person TO tandem_worker;       -- never owner_role
GRANT SELECT ON tandem.file_access TO tandem_worker, team_lead;
-- no privileges at all on audit / audit_head for workers or the lead
RESET ROLE;
GRANT SELECT, INSERT ON tandem.audit TO tandem_audit;
GRANT SELECT, UPDATE ON tandem.audit_head TO tandem_audit;

-- The one way into the audit trail ---------------------------------------------------------------
-- Canonical text hashed: seq|at (UTC, microseconds)|actor|action|detail. A client can recompute it.
CREATE FUNCTION tandem.audit_canonical(seq bigint, at timestamptz, actor text, action text, detail text)
RETURNS bytea LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT convert_to(seq::text || '|' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                    || '|' || actor || '|' || action || '|' || detail, 'UTF8')
$$;

CREATE FUNCTION tandem.append_audit(p_action text, p_detail text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  head tandem.audit_head;
  n bigint;
  t timestamptz := clock_timestamp();
  h bytea;
BEGIN
  -- Serialise appends: the row lock on the head is held until this transaction ends.
  SELECT * INTO head FROM tandem.audit_head WHERE id = 1 FOR UPDATE;
  n := head.last_seq + 1;
  -- session_user, not current_user: inside a definer function current_user is tandem_audit.
  h := ext.digest(head.last_hash || tandem.audit_canonical(n, t, session_user::text, p_action, p_detail), 'sha256');
  INSERT INTO tandem.audit VALUES (n, t, session_user, p_action, p_detail, head.last_hash, h);
  UPDATE tandem.audit_head SET last_seq = n, last_hash = h WHERE id = 1;
  RETURN n;
END $$;
ALTER FUNCTION tandem.append_audit(text, text) OWNER TO tandem_audit;
REVOKE ALL ON FUNCTION tandem.append_audit(text, text) FROM PUBLIC;  -- functions default to PUBLIC EXECUTE!
GRANT EXECUTE ON FUNCTION tandem.append_audit(text, text) TO tandem_worker, team_lead, tandem_owner;
GRANT EXECUTE ON FUNCTION tandem.audit_canonical(bigint, timestamptz, text, text, text) TO tandem_audit;

-- Verification on the server (a client-side verify needs a role that may read the chain).
CREATE FUNCTION tandem.verify_audit(OUT entries bigint, OUT first_broken bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE r record; prev bytea := '\x0000000000000000000000000000000000000000000000000000000000000000';
BEGIN
  entries := 0; first_broken := NULL;
  FOR r IN SELECT * FROM tandem.audit ORDER BY seq LOOP
    entries := entries + 1;
    IF first_broken IS NULL AND (r.seq <> entries OR r.prev_hash <> prev OR r.hash <>
        sha256(prev || tandem.audit_canonical(r.seq, r.at, r.actor, r.action, r.detail))) THEN
      first_broken := r.seq;
    END IF;
    prev := r.hash;
  END LOOP;
END $$;
ALTER FUNCTION tandem.verify_audit() OWNER TO tandem_audit;
REVOKE ALL ON FUNCTION tandem.verify_audit() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tandem.verify_audit() TO tandem_worker, team_lead;

-- The cover grant: only the lead, always audited.
SET ROLE tandem_owner;
CREATE FUNCTION tandem.grant_cover(p_person bigint, p_worker text, p_until date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT pg_has_role(session_user, 'team_lead', 'MEMBER') THEN
    RAISE EXCEPTION 'only the team lead grants cover' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT pg_has_role(p_worker, 'tandem_worker', 'MEMBER') THEN
    RAISE EXCEPTION 'not a worker: %', p_worker;
  END IF;
  INSERT INTO tandem.file_access VALUES (p_person, p_worker, p_until, session_user)
    ON CONFLICT (person_id, worker) DO UPDATE SET until = EXCLUDED.until, granted_by = EXCLUDED.granted_by;
  PERFORM tandem.append_audit('cover.grant', format('person=%s worker=%s until=%s', p_person, p_worker, p_until));
END $$;
REVOKE ALL ON FUNCTION tandem.grant_cover(bigint, text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tandem.grant_cover(bigint, text, date) TO team_lead;
RESET ROLE;
