-- The team store's migration 2: what makes a team (issue 19). Cover grants the lead gives,
-- ends and lists; the lead's view of the team's deadlines (file reference, next step, date,
-- worker: never a name or any content); the committee's sessions and their agendas, which the
-- secretary reads (the signed report versions put on them, nothing else). Runs as @owner@.

-- Today in Belgium, as every date rule of the team reads it: never the session's own time
-- zone (a login that sets TimeZone would otherwise stretch a cover grant by hours).
CREATE FUNCTION tandem.today_be() RETURNS TEXT
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD')
$$;

-- Who may see a person, again: the cover grant's last day read in Belgium's calendar.
CREATE OR REPLACE FUNCTION tandem.sees_person(pid BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM tandem.person p
        WHERE p.id = pid
          AND (p.owner_role = session_user::text
               OR EXISTS (SELECT 1 FROM tandem.file_access fa
                          WHERE fa.person_id = pid AND fa.worker = session_user::text
                            AND fa.until >= tandem.today_be())))
$$;

-- The role of the login asking: 'lead', 'secretary' or 'worker' (what its window shows).
CREATE FUNCTION tandem.my_role() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN pg_has_role(session_user, '@lead@', 'MEMBER') THEN 'lead'
                WHEN pg_has_role(session_user, '@secretary@', 'MEMBER') THEN 'secretary'
                WHEN pg_has_role(session_user, '@worker@', 'MEMBER') THEN 'worker' END
$$;

CREATE FUNCTION tandem.must_lead() RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, '@lead@', 'MEMBER') THEN
        RAISE EXCEPTION 'only the team lead may do this' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- A login of the team in `grp`: a direct member, able to log in, not a superuser (who is a
-- member of every role).
CREATE FUNCTION tandem.login_in(p_login TEXT, p_group TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r
                   JOIN pg_auth_members m ON m.member = r.oid
                   JOIN pg_roles g ON g.oid = m.roleid
                   WHERE r.rolname = p_login AND r.rolcanlogin AND NOT r.rolsuper
                     AND g.rolname = p_group)
$$;

-- The logins of the team's workers (for the lead's cover form): login names only.
CREATE FUNCTION tandem.team_workers() RETURNS TABLE (login TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM tandem.must_lead();
    RETURN QUERY SELECT r.rolname::TEXT FROM pg_roles r
        WHERE tandem.login_in(r.rolname::TEXT, '@worker@')
        ORDER BY r.rolname;
END $$;

-- The cover grant, again: the file must exist and be open, the colleague must not be the
-- file's own worker, and the date must be today or later (at most a year ahead). The entry
-- names the person, so the file's own trail shows who covered it and until when.
CREATE OR REPLACE FUNCTION tandem.grant_cover(p_person BIGINT, p_worker TEXT, p_until TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    owner TEXT;
    until DATE;
BEGIN
    PERFORM tandem.must_lead();
    IF p_worker IS NULL OR NOT tandem.login_in(p_worker, '@worker@') THEN
        RAISE EXCEPTION 'not a worker of this team: %', p_worker USING ERRCODE = 'check_violation';
    END IF;
    IF p_until IS NULL OR p_until !~ '^\d{4}-\d{2}-\d{2}$' THEN
        RAISE EXCEPTION 'until must be a date (YYYY-MM-DD)' USING ERRCODE = 'check_violation';
    END IF;
    BEGIN
        until := p_until::DATE;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'until must be a date (YYYY-MM-DD)' USING ERRCODE = 'check_violation';
    END;
    IF until < tandem.today_be()::DATE OR until > tandem.today_be()::DATE + 366 THEN
        RAISE EXCEPTION 'until must be between today and a year from now' USING ERRCODE = 'check_violation';
    END IF;
    SELECT p.owner_role INTO owner FROM tandem.person p
        WHERE p.id = p_person AND p.closed_on IS NULL;
    IF owner IS NULL THEN
        RAISE EXCEPTION 'no open file %', p_person USING ERRCODE = 'check_violation';
    END IF;
    IF owner = p_worker THEN
        RAISE EXCEPTION 'the file is already %''s own', p_worker USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO tandem.file_access VALUES (p_person, p_worker, p_until, session_user,
                                           to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        ON CONFLICT (person_id, worker) DO UPDATE SET until = EXCLUDED.until,
            granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at;
    PERFORM tandem.audit_entry('cover.grant', p_person,
        json_build_object('worker', p_worker, 'owner', owner, 'until', p_until)::TEXT);
END $$;

-- Ends a cover grant before its date (the lead only; audited).
CREATE FUNCTION tandem.end_cover(p_person BIGINT, p_worker TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM tandem.must_lead();
    DELETE FROM tandem.file_access WHERE person_id = p_person AND worker = p_worker;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no cover grant of % on file %', p_worker, p_person
            USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM tandem.audit_entry('cover.end', p_person,
        json_build_object('worker', p_worker)::TEXT);
END $$;

-- The file's reference as the caseload shows it (never the name).
CREATE FUNCTION tandem.file_reference(p_person BIGINT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE((SELECT f.reference FROM tandem.caseload_file f WHERE f.person_id = p_person),
                    'T-' || lpad(p_person::TEXT, 6, '0'))
$$;

-- The live cover grants: the lead sees all of them; a worker those given to them and those
-- on their own files (who follows my files while I am away).
CREATE FUNCTION tandem.team_covers()
RETURNS TABLE (person_id BIGINT, reference TEXT, owner TEXT, worker TEXT, until TEXT,
               granted_by TEXT, granted_at TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT fa.person_id, tandem.file_reference(fa.person_id), p.owner_role, fa.worker, fa.until,
           fa.granted_by, fa.granted_at
    FROM tandem.file_access fa JOIN tandem.person p ON p.id = fa.person_id
    WHERE fa.until >= tandem.today_be()
      AND (pg_has_role(session_user, '@lead@', 'MEMBER')
           OR fa.worker = session_user::TEXT OR p.owner_role = session_user::TEXT)
    ORDER BY fa.until, fa.person_id, fa.worker
$$;

-- The team's deadlines for the lead: every open file's next step and its date, with its
-- reference and its worker. No name, no content, no row of the file itself: the lead opens
-- nothing. `stale`: the worker changed the file since its row was last worked out (the
-- worker's Tandem works it out again after each change).
CREATE FUNCTION tandem.team_deadlines()
RETURNS TABLE (person_id BIGINT, reference TEXT, next_action TEXT, next_on TEXT, worker TEXT,
               stale BOOLEAN)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM tandem.must_lead();
    RETURN QUERY
    SELECT f.person_id, tandem.file_reference(f.person_id), f.next_action, f.next_on,
           p.owner_role, EXISTS (SELECT 1 FROM tandem.caseload_stale s WHERE s.person_id = f.person_id)
    FROM tandem.caseload_file f JOIN tandem.person p ON p.id = f.person_id
    WHERE p.closed_on IS NULL AND f.next_on IS NOT NULL
    ORDER BY f.next_on, p.owner_role, f.person_id;
END $$;

-- The committee (BCSD / CSSS): its sessions, set by the secretary, read by everyone.
CREATE TABLE tandem.committee_session (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    held_on TEXT NOT NULL CHECK (held_on ~ '^\d{4}-\d{2}-\d{2}$'),
    place TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    created_by TEXT NOT NULL DEFAULT session_user,
    created_at TEXT NOT NULL
        DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);

-- A report version on a session's agenda, put there by a worker who sees it (the table's rule
-- in team_schema.rs: a frozen version of theirs, signed, declined or sent, on a session to come).
CREATE TABLE tandem.agenda_item (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES tandem.committee_session(id),
    version_id BIGINT NOT NULL REFERENCES tandem.report_version(id) ON DELETE CASCADE,
    owner_role TEXT NOT NULL DEFAULT session_user,
    added_at TEXT NOT NULL
        DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    UNIQUE (session_id, version_id)
);
CREATE INDEX agenda_item_version ON tandem.agenda_item(version_id);
CREATE TRIGGER committee_session_fill_id BEFORE INSERT ON tandem.committee_session
    FOR EACH ROW EXECUTE FUNCTION tandem.fill_id();
CREATE TRIGGER agenda_item_fill_id BEFORE INSERT ON tandem.agenda_item
    FOR EACH ROW EXECUTE FUNCTION tandem.fill_id();
CREATE TRIGGER agenda_item_keep_owner BEFORE UPDATE ON tandem.agenda_item
    FOR EACH ROW EXECUTE FUNCTION tandem.keep_owner();

CREATE FUNCTION tandem.must_be_secretary() RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, '@secretary@', 'MEMBER') THEN
        RAISE EXCEPTION 'only the committee''s secretary may do this'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- A session's agenda, for the secretary: each report version put on it, with its file
-- reference, its number, its state and the fingerprint of its PDF. Nothing else of the file.
CREATE FUNCTION tandem.committee_agenda(p_session BIGINT)
RETURNS TABLE (item_id BIGINT, reference TEXT, report_number BIGINT, status TEXT,
               pdf_sha256 TEXT, worker TEXT, added_at TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM tandem.must_be_secretary();
    RETURN QUERY
    SELECT a.id, tandem.file_reference(r.person_id), v.number, v.status, v.pdf_sha256,
           a.owner_role, a.added_at
    FROM tandem.agenda_item a
    JOIN tandem.report_version v ON v.id = a.version_id
    JOIN tandem.report rp ON rp.id = v.report_id
    JOIN tandem.income_request r ON r.id = rp.request_id
    WHERE a.session_id = p_session AND v.frozen_at IS NOT NULL
    ORDER BY a.id;
END $$;

-- The PDF of one report version on an agenda, for the secretary (the bytes kept when it was
-- frozen; its fingerprint is on the agenda). Each reading is in the person's trail.
CREATE FUNCTION tandem.agenda_pdf(p_item BIGINT) RETURNS BYTEA
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bytes BYTEA;
    person BIGINT;
    number BIGINT;
BEGIN
    PERFORM tandem.must_be_secretary();
    SELECT v.pdf, r.person_id, v.number INTO bytes, person, number FROM tandem.agenda_item a
        JOIN tandem.report_version v ON v.id = a.version_id
        JOIN tandem.report rp ON rp.id = v.report_id
        JOIN tandem.income_request r ON r.id = rp.request_id
        WHERE a.id = p_item AND v.frozen_at IS NOT NULL;
    IF bytes IS NULL THEN
        RAISE EXCEPTION 'no report on an agenda under %', p_item USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM tandem.audit_entry('committee.read', person,
        json_build_object('item', p_item, 'version', number)::TEXT);
    RETURN bytes;
END $$;

-- A worker's entry, again: an action name as the areas write them (lower-case words and dots:
-- no look-alike of a server's entry), and never one of the server's own functions' entries
-- (cover grants, erasures, the secretary's readings).
CREATE OR REPLACE FUNCTION tandem.append_audit(p_action TEXT, p_person BIGINT, p_detail TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_person IS NOT NULL AND NOT tandem.sees_person(p_person) THEN
        RAISE EXCEPTION 'not a file of yours' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$' THEN
        RAISE EXCEPTION 'not an action name: %', left(p_action, 60) USING ERRCODE = 'check_violation';
    END IF;
    IF p_action LIKE 'cover.%' OR p_action IN ('person.erase', 'redacted', 'committee.read') THEN
        RAISE EXCEPTION 'only the server writes %', p_action USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN tandem.audit_entry(p_action, p_person, p_detail);
END $$;
