-- The team store's rules (PostgreSQL): who sees which rows, what can never change, and the
-- audit chain appended by the server. Runs as @owner@ after team_tables.sql. @owner@, @worker@,
-- @lead@ and @secretary@ are this team's role names (roles are cluster-wide, names are not).

-- Which persons the connected worker may read and change: their own, and those a live cover
-- grant of the team lead gives them (until the grant's date, inclusive).
CREATE TABLE tandem.file_access (
    person_id BIGINT NOT NULL REFERENCES tandem.person(id) ON DELETE CASCADE,
    worker TEXT NOT NULL,
    until TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (person_id, worker)
);

-- Who may see a person: the audit functions ask (they run as @owner@, which bypasses row-level
-- security); the worker is always session_user. The tables' own rules are in team_schema.rs.
CREATE FUNCTION tandem.sees_person(pid BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM tandem.person p
        WHERE p.id = pid
          AND (p.owner_role = session_user::text
               OR EXISTS (SELECT 1 FROM tandem.file_access fa
                          WHERE fa.person_id = pid AND fa.worker = session_user::text
                            AND fa.until >= to_char(current_date, 'YYYY-MM-DD'))))
$$;

-- The support plan stays with the worker who owns the file: a cover grant does not open it.
CREATE FUNCTION tandem.owns_person(pid BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM tandem.person p
                   WHERE p.id = pid AND p.owner_role = session_user::text)
$$;

-- A row's owner never changes through an update (a file moves only through the lead).
CREATE FUNCTION tandem.keep_owner() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.owner_role IS DISTINCT FROM OLD.owner_role THEN
        RAISE EXCEPTION 'the owner of a file does not change here' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER person_keep_owner BEFORE UPDATE ON tandem.person
    FOR EACH ROW EXECUTE FUNCTION tandem.keep_owner();
CREATE TRIGGER profile_keep_owner BEFORE UPDATE ON tandem.profile
    FOR EACH ROW EXECUTE FUNCTION tandem.keep_owner();
CREATE TRIGGER signal_observation_keep_owner BEFORE UPDATE ON tandem.signal_observation
    FOR EACH ROW EXECUTE FUNCTION tandem.keep_owner();
CREATE TRIGGER imported_bundle_keep_owner BEFORE UPDATE ON tandem.imported_bundle
    FOR EACH ROW EXECUTE FUNCTION tandem.keep_owner();

-- What is kept as decided, signed or recorded (the vault's triggers, in PL/pgSQL). The message
-- is the trigger's argument; the error is a constraint violation, as SQLite's RAISE(ABORT).
CREATE FUNCTION tandem.refuse() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'check_violation';
END $$;
-- Deletes are refused except inside tandem.erase_person (its row in `erasing`, for this very
-- transaction; workers have no right on that table).
CREATE FUNCTION tandem.refuse_unless_erasing() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tandem.erasing WHERE txid = txid_current()) THEN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER report_version_frozen BEFORE UPDATE ON tandem.report_version FOR EACH ROW
    WHEN (OLD.frozen_at IS NOT NULL AND (
        NEW.content IS DISTINCT FROM OLD.content OR NEW.pdf IS DISTINCT FROM OLD.pdf
        OR NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256 OR NEW.fingerprint IS DISTINCT FROM OLD.fingerprint
        OR NEW.remarks IS DISTINCT FROM OLD.remarks OR NEW.worker_signature IS DISTINCT FROM OLD.worker_signature
        OR NEW.person_signature IS DISTINCT FROM OLD.person_signature OR NEW.number IS DISTINCT FROM OLD.number
        OR NEW.lang IS DISTINCT FROM OLD.lang OR NEW.frozen_at IS DISTINCT FROM OLD.frozen_at
        OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'sent')))
    EXECUTE FUNCTION tandem.refuse('a signed report version is frozen');
CREATE TRIGGER report_version_keep BEFORE DELETE ON tandem.report_version FOR EACH ROW
    WHEN (OLD.frozen_at IS NOT NULL)
    EXECUTE FUNCTION tandem.refuse_unless_erasing('a signed report version is kept');

CREATE TRIGGER income_revision_decided BEFORE UPDATE ON tandem.income_revision FOR EACH ROW
    WHEN (OLD.decided_on IS NOT NULL AND (
        NEW.decided_on IS DISTINCT FROM OLD.decided_on OR NEW.yearly_cents IS DISTINCT FROM OLD.yearly_cents
        OR NEW.effective_on IS DISTINCT FROM OLD.effective_on OR NEW.grounds IS DISTINCT FROM OLD.grounds
        OR NEW.category IS DISTINCT FROM OLD.category OR NEW.changed_on IS DISTINCT FROM OLD.changed_on
        OR NEW.detail IS DISTINCT FROM OLD.detail OR NEW.input IS DISTINCT FROM OLD.input
        OR NEW.calculated_yearly_cents IS DISTINCT FROM OLD.calculated_yearly_cents
        OR NEW.previous_yearly_cents IS DISTINCT FROM OLD.previous_yearly_cents
        OR NEW.amount_motivation IS DISTINCT FROM OLD.amount_motivation
        OR (OLD.notified_on IS NOT NULL AND NEW.notified_on IS DISTINCT FROM OLD.notified_on)))
    EXECUTE FUNCTION tandem.refuse('a revision decision is kept as decided');
CREATE TRIGGER income_revision_keep BEFORE DELETE ON tandem.income_revision FOR EACH ROW
    WHEN (OLD.decided_on IS NOT NULL)
    EXECUTE FUNCTION tandem.refuse_unless_erasing('a revision decision is kept');

CREATE TRIGGER income_right_period_no_update BEFORE UPDATE ON tandem.income_right_period
    FOR EACH ROW EXECUTE FUNCTION tandem.refuse('the periods of a right are append-only');
CREATE TRIGGER income_right_period_keep BEFORE DELETE ON tandem.income_right_period
    FOR EACH ROW EXECUTE FUNCTION tandem.refuse_unless_erasing('the periods of a right are append-only');

CREATE TRIGGER income_appeal_kept BEFORE UPDATE ON tandem.income_appeal FOR EACH ROW
    WHEN (OLD.outcome IS NOT NULL OR NEW.lodged_on IS DISTINCT FROM OLD.lodged_on
          OR NEW.court IS DISTINCT FROM OLD.court OR NEW.note IS DISTINCT FROM OLD.note
          OR NEW.revision_id IS DISTINCT FROM OLD.revision_id OR NEW.request_id IS DISTINCT FROM OLD.request_id
          OR NEW.against IS DISTINCT FROM OLD.against)
    EXECUTE FUNCTION tandem.refuse('an appeal is kept as lodged and judged');
CREATE TRIGGER income_appeal_keep BEFORE DELETE ON tandem.income_appeal
    FOR EACH ROW EXECUTE FUNCTION tandem.refuse_unless_erasing('an appeal is kept');

CREATE TRIGGER rights_status_kept BEFORE UPDATE ON tandem.rights_status
    FOR EACH ROW EXECUTE FUNCTION tandem.refuse('a recorded status is kept as recorded');
CREATE TRIGGER rights_status_keep BEFORE DELETE ON tandem.rights_status
    FOR EACH ROW EXECUTE FUNCTION tandem.refuse_unless_erasing('a recorded status is kept');

CREATE TRIGGER income_right_end_kept BEFORE UPDATE ON tandem.income_right_end FOR EACH ROW
    WHEN (OLD.notified_on IS NOT NULL OR NEW.ended_on IS DISTINCT FROM OLD.ended_on
          OR NEW.reason IS DISTINCT FROM OLD.reason OR NEW.condition IS DISTINCT FROM OLD.condition
          OR NEW.detail IS DISTINCT FROM OLD.detail OR NEW.decided_on IS DISTINCT FROM OLD.decided_on
          OR NEW.request_id IS DISTINCT FROM OLD.request_id)
    EXECUTE FUNCTION tandem.refuse('the end of a right is kept as decided and notified');

-- The caseload's cache: a change to a file marks its person stale (the vault's caseload_*
-- triggers). Runs as @owner@: the person may be half-way through being erased.
CREATE FUNCTION tandem.caseload_touch() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r JSONB;
    pid BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'person' THEN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM tandem.caseload_file WHERE person_id = OLD.id;
            DELETE FROM tandem.caseload_stale WHERE person_id = OLD.id;
            RETURN NULL;
        END IF;
        pid := (r->>'id')::BIGINT;
    ELSIF TG_TABLE_NAME = 'income_request' THEN
        pid := (r->>'person_id')::BIGINT;
    ELSIF TG_TABLE_NAME = 'report_version' THEN
        SELECT q.person_id INTO pid FROM tandem.report rp
            JOIN tandem.income_request q ON q.id = rp.request_id
            WHERE rp.id = (r->>'report_id')::BIGINT;
    ELSE
        SELECT person_id INTO pid FROM tandem.income_request WHERE id = (r->>'request_id')::BIGINT;
    END IF;
    IF pid IS NOT NULL AND EXISTS (SELECT 1 FROM tandem.person WHERE id = pid) THEN
        INSERT INTO tandem.caseload_stale (person_id) VALUES (pid) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['person', 'income_request', 'report_version', 'income_condition',
        'income_evidence', 'income_visit', 'income_resource', 'income_review', 'income_decision',
        'income_right_end'] LOOP
        EXECUTE format('CREATE TRIGGER caseload_%s AFTER INSERT OR UPDATE OR DELETE ON tandem.%I
                        FOR EACH ROW EXECUTE FUNCTION tandem.caseload_touch()', t, t);
    END LOOP;
END $$;

-- The audit trail: one hash chain for the team, appended only by tandem.append_audit(), which
-- serialises appends on the head row. Nobody may update, delete or truncate it, not even the
-- owner or a superuser (the triggers fire for them too). Workers have no right on the tables.
CREATE TABLE tandem.audit (
    id BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    person_id BIGINT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    redacted_digest TEXT,
    salt TEXT
);
CREATE INDEX audit_person ON tandem.audit(person_id, id);
CREATE TABLE tandem.audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO tandem.audit_head VALUES
    (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TRIGGER audit_no_delete BEFORE DELETE ON tandem.audit
    FOR EACH ROW EXECUTE FUNCTION tandem.refuse('the audit trail is append-only');
-- The one change allowed: an erasure blanks the entries about the person it erases, keeping
-- each entry's content digest (so the chain still verifies), as in the vault.
CREATE FUNCTION tandem.audit_only_redaction() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.redacted_digest IS NULL AND NEW.redacted_digest IS NOT NULL
       AND NEW.redacted_digest = tandem.audit_content(OLD.salt, OLD.action, OLD.person_id,
                                                       OLD.detail, OLD.actor)
       AND NEW.action = 'redacted' AND NEW.person_id IS NULL AND NEW.detail = ''
       AND NEW.salt IS NULL AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
       AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
       AND EXISTS (SELECT 1 FROM tandem.erasing e
                   WHERE e.person_id = OLD.person_id AND e.txid = txid_current()) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE ON tandem.audit
    FOR EACH ROW EXECUTE FUNCTION tandem.audit_only_redaction();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON tandem.audit
    FOR EACH STATEMENT EXECUTE FUNCTION tandem.refuse('the audit trail is append-only');

-- The vault's digest (src/audit/mod.rs): SHA-256 over each part's length (8 bytes, big-endian)
-- and its UTF-8 bytes, in hex.
CREATE FUNCTION tandem.digest_parts(parts TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT encode(sha256(coalesce(string_agg(int8send(octet_length(p)::BIGINT) || convert_to(p, 'UTF8'),
                                             ''::BYTEA ORDER BY i), ''::BYTEA)), 'hex')
    FROM unnest(parts) WITH ORDINALITY AS u(p, i)
$$;

-- An entry's content digest, as the vault's with the actor (the worker's role) as last part.
CREATE FUNCTION tandem.audit_content(salt TEXT, action TEXT, person_id BIGINT, detail TEXT, actor TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT tandem.digest_parts(ARRAY[salt, action, coalesce(person_id::TEXT, ''), detail, actor])
$$;

-- The append itself, for the server's own functions (no login may call it).
CREATE FUNCTION tandem.audit_entry(p_action TEXT, p_person BIGINT, p_detail TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head RECORD;
    n BIGINT;
    t TEXT := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    salt TEXT := encode(ext.gen_random_bytes(16), 'hex');
    h TEXT;
BEGIN
    SELECT last_id, last_hash INTO head FROM tandem.audit_head WHERE id = 1 FOR UPDATE;
    n := head.last_id + 1;
    h := tandem.digest_parts(ARRAY[n::TEXT, t,
        tandem.audit_content(salt, p_action, p_person, p_detail, session_user::TEXT), head.last_hash]);
    INSERT INTO tandem.audit (id, at, actor, action, person_id, detail, prev_hash, hash, salt)
        VALUES (n, t, session_user, p_action, p_person, p_detail, head.last_hash, h, salt);
    UPDATE tandem.audit_head SET last_id = n, last_hash = h WHERE id = 1;
    RETURN n;
END $$;

-- A worker's entry: about a person they may see (or none), and never one of the entries only
-- the server's functions write (cover grants, erasures).
CREATE FUNCTION tandem.append_audit(p_action TEXT, p_person BIGINT, p_detail TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_person IS NOT NULL AND NOT tandem.sees_person(p_person) THEN
        RAISE EXCEPTION 'not a file of yours' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_action LIKE 'cover.%' OR p_action IN ('person.erase', 'redacted') THEN
        RAISE EXCEPTION 'only the server writes %', p_action USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN tandem.audit_entry(p_action, p_person, p_detail);
END $$;

-- Erases a closed file of the caller's own: blanks the audit entries about the person
-- (keeping each one's digest, so the chain still verifies), records the erasure anonymously,
-- and deletes the person with every row of the file, kept ones included, in one call. The
-- retention period is checked by the client beforehand (its calendar); the server requires a
-- closed file and its owner (a cover grant does not allow an erasure). Answers the number of
-- entries blanked.
CREATE FUNCTION tandem.erase_person(p_person BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r RECORD;
    n BIGINT := 0;
BEGIN
    IF NOT tandem.owns_person(p_person) THEN
        RAISE EXCEPTION 'not an erasure of yours' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM tandem.person
                   WHERE id = p_person AND retention_until IS NOT NULL) THEN
        RAISE EXCEPTION 'the file is not closed' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO tandem.erasing (person_id, txid) VALUES (p_person, txid_current());
    FOR r IN SELECT * FROM tandem.audit
             WHERE person_id = p_person AND redacted_digest IS NULL ORDER BY id LOOP
        UPDATE tandem.audit
           SET redacted_digest = tandem.audit_content(r.salt, r.action, r.person_id, r.detail, r.actor),
               action = 'redacted', person_id = NULL, detail = '', salt = NULL
         WHERE id = r.id;
        n := n + 1;
    END LOOP;
    PERFORM tandem.audit_entry('person.erase', NULL,
        json_build_object('redacted_entries', n)::TEXT);
    DELETE FROM tandem.person WHERE id = p_person;
    DELETE FROM tandem.erasing WHERE person_id = p_person;
    RETURN n;
END $$;

-- Recomputes the whole chain on the server: (entries, first broken entry or NULL, reason).
CREATE FUNCTION tandem.verify_audit(OUT entries BIGINT, OUT first_broken BIGINT, OUT reason TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r RECORD;
    prev TEXT := '0000000000000000000000000000000000000000000000000000000000000000';
    head RECORD;
BEGIN
    entries := 0;
    FOR r IN SELECT * FROM tandem.audit ORDER BY id LOOP
        entries := entries + 1;
        IF r.id <> entries THEN
            first_broken := entries; reason := format('entry %s is missing', entries); RETURN;
        END IF;
        IF r.prev_hash <> prev THEN
            first_broken := r.id; reason := 'link to the previous entry does not match'; RETURN;
        END IF;
        IF r.redacted_digest IS NOT NULL
           AND (r.action <> 'redacted' OR r.person_id IS NOT NULL OR r.detail <> '') THEN
            first_broken := r.id; reason := 'a redacted entry holds content again'; RETURN;
        END IF;
        IF r.hash <> tandem.digest_parts(ARRAY[r.id::TEXT, r.at,
                coalesce(r.redacted_digest,
                         tandem.audit_content(r.salt, r.action, r.person_id, r.detail, r.actor)),
                r.prev_hash]) THEN
            first_broken := r.id; reason := 'content changed after it was written'; RETURN;
        END IF;
        prev := r.hash;
    END LOOP;
    SELECT last_id, last_hash INTO head FROM tandem.audit_head WHERE id = 1;
    IF head.last_id <> entries OR head.last_hash <> prev THEN
        first_broken := entries + 1; reason := 'entries were removed at the end'; RETURN;
    END IF;
END $$;

-- The journal's head (for the mark printed on documents) and one entry's hash (to check one).
CREATE FUNCTION tandem.audit_mark(OUT last_id BIGINT, OUT last_hash TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT last_id, last_hash FROM tandem.audit_head WHERE id = 1
$$;
CREATE FUNCTION tandem.audit_hash(p_id BIGINT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT hash FROM tandem.audit WHERE id = p_id
$$;

-- The entries about one person, for a worker who may see that person (nobody else's).
CREATE FUNCTION tandem.audit_for_person(p_person BIGINT)
RETURNS TABLE (id BIGINT, at TEXT, action TEXT, person_id BIGINT, detail TEXT, actor TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT a.id, a.at, a.action, a.person_id, a.detail, a.actor FROM tandem.audit a
    WHERE a.person_id = p_person AND tandem.sees_person(p_person) ORDER BY a.id
$$;

-- The cover grant: only a member of @lead@ gives it, always audited.
CREATE FUNCTION tandem.grant_cover(p_person BIGINT, p_worker TEXT, p_until TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, '@lead@', 'MEMBER') THEN
        RAISE EXCEPTION 'only the team lead gives cover' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_worker = '@worker@' OR NOT pg_has_role(p_worker, '@worker@', 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_worker AND rolcanlogin) THEN
        RAISE EXCEPTION 'not a worker of this team: %', p_worker USING ERRCODE = 'check_violation';
    END IF;
    IF p_until !~ '^\d{4}-\d{2}-\d{2}$' THEN
        RAISE EXCEPTION 'until must be a date (YYYY-MM-DD)' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO tandem.file_access VALUES (p_person, p_worker, p_until, session_user,
                                           to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        ON CONFLICT (person_id, worker) DO UPDATE SET until = EXCLUDED.until,
            granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at;
    PERFORM tandem.audit_entry('cover.grant', NULL,
        json_build_object('person_id', p_person, 'worker', p_worker, 'until', p_until)::TEXT);
END $$;

-- An id left NULL takes the next number, as SQLite gives an INTEGER PRIMARY KEY (the areas
-- insert `id = NULL` for a new row and update in place otherwise).
-- An id given explicitly must be a row's that exists (an upsert): no one plants a row under
-- an id the server has not given yet, nor reuses an erased one.
CREATE FUNCTION tandem.fill_id() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found BOOLEAN;
    seq TEXT := pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id');
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
        RETURN NEW;
    END IF;
    -- An id the column's default just took from the sequence (the row named no id).
    BEGIN
        IF NEW.id = currval(seq) THEN
            RETURN NEW;
        END IF;
    EXCEPTION WHEN object_not_in_prerequisite_state THEN
        NULL; -- no id taken in this session yet
    END;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE id = $1)', TG_TABLE_SCHEMA, TG_TABLE_NAME)
        INTO found USING NEW.id;
    IF NOT found THEN
        RAISE EXCEPTION 'the server gives the ids of new rows' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
DO $$
DECLARE t TEXT;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.columns
             WHERE table_schema = 'tandem' AND column_name = 'id' AND is_identity = 'YES' LOOP
        EXECUTE format('CREATE TRIGGER %s_fill_id BEFORE INSERT ON tandem.%I
                        FOR EACH ROW EXECUTE FUNCTION tandem.fill_id()', t, t);
    END LOOP;
END $$;

-- A row stays in its file: the keys to its person, request, report, plan or review never change.
CREATE FUNCTION tandem.keep_parents() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    c TEXT;
BEGIN
    FOREACH c IN ARRAY TG_ARGV LOOP
        IF (to_jsonb(NEW) -> c) IS DISTINCT FROM (to_jsonb(OLD) -> c) THEN
            RAISE EXCEPTION 'a row stays in its file (% does not change)', c
                USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NEW;
END $$;
DO $$
DECLARE
    t TEXT;
    cols TEXT;
BEGIN
    FOR t, cols IN
        SELECT table_name, string_agg(quote_literal(column_name), ', ')
        FROM information_schema.columns
        WHERE table_schema = 'tandem'
          AND column_name IN ('person_id', 'request_id', 'report_id', 'plan_id', 'review_id')
          AND table_name NOT IN ('audit', 'erasing', 'file_access', 'caseload_file', 'caseload_stale')
        GROUP BY table_name LOOP
        EXECUTE format('CREATE TRIGGER %s_keep_parents BEFORE UPDATE ON tandem.%I
                        FOR EACH ROW EXECUTE FUNCTION tandem.keep_parents(%s)', t, t, cols);
    END LOOP;
END $$;

-- A second link of a row points into the same file: a share's consent is the person's, a
-- revision, appeal or period belongs to the same request. (Runs as the owner: the check must
-- see the row pointed at, whoever's it is, to refuse it.)
CREATE FUNCTION tandem.same_file() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ok BOOLEAN := true;
    r JSONB := to_jsonb(NEW);
    request BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'share' THEN
        ok := (SELECT person_id FROM tandem.consent WHERE id = NEW.consent_id) = NEW.person_id;
    ELSE
        IF TG_TABLE_NAME = 'report_version' THEN
            request := (SELECT request_id FROM tandem.report WHERE id = NEW.report_id);
        ELSE
            request := (r ->> 'request_id')::BIGINT;
        END IF;
        IF (r ->> 'revision_id') IS NOT NULL THEN
            ok := ok AND (SELECT request_id FROM tandem.income_revision
                          WHERE id = (r ->> 'revision_id')::BIGINT) = request;
        END IF;
        IF (r ->> 'appeal_id') IS NOT NULL THEN
            ok := ok AND (SELECT request_id FROM tandem.income_appeal
                          WHERE id = (r ->> 'appeal_id')::BIGINT) = request;
        END IF;
    END IF;
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'a row points into another file' USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER share_same_file BEFORE INSERT OR UPDATE ON tandem.share
    FOR EACH ROW EXECUTE FUNCTION tandem.same_file();
CREATE TRIGGER income_appeal_same_file BEFORE INSERT OR UPDATE ON tandem.income_appeal
    FOR EACH ROW EXECUTE FUNCTION tandem.same_file();
CREATE TRIGGER income_right_period_same_file BEFORE INSERT OR UPDATE ON tandem.income_right_period
    FOR EACH ROW EXECUTE FUNCTION tandem.same_file();
CREATE TRIGGER report_version_same_file BEFORE INSERT OR UPDATE ON tandem.report_version
    FOR EACH ROW EXECUTE FUNCTION tandem.same_file();
