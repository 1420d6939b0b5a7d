//! Schema migrations of the vault database, applied in order with `PRAGMA user_version`.

use crate::store::Db;

use crate::error::{Error, Result};

/// One step of the schema: its SQL, then optional data to put in (in the same transaction).
pub struct Migration {
    pub sql: &'static str,
    pub then: Option<fn(&Db) -> Result<()>>,
}

/// Each entry moves the schema from version `i` to `i + 1`. Never edit a released entry:
/// add a new one.
pub const MIGRATIONS: &[Migration] = &[
    // 1: worker profile, persons and household, name search, audit trail.
    Migration {
        sql: r#"
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        worker_name TEXT NOT NULL,
        ocmw_name TEXT NOT NULL,
        ocmw_address TEXT NOT NULL DEFAULT '',
        labour_court_address TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('nl','fr','de','en'))
    );

    -- Optional columns: NULL = not asked, '' = asked but unknown, otherwise the value.
    CREATE TABLE person (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        display_name TEXT NOT NULL CHECK (length(display_name) > 0),
        first_name TEXT,
        last_name TEXT,
        birth_date TEXT,
        nrn TEXT,
        address TEXT,
        phone TEXT,
        email TEXT,
        language TEXT,
        search_text TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX person_sort ON person(sort_key, id);

    CREATE TABLE household_member (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(name) > 0),
        relation TEXT NOT NULL CHECK (relation IN ('partner','parent','child','other')),
        cohabits TEXT,
        minor TEXT
    );
    CREATE INDEX household_member_person ON household_member(person_id, position);

    -- Substring search on names (normalised: lower case, no diacritics); rowid = person.id.
    CREATE VIRTUAL TABLE person_search USING fts5(names, tokenize = 'trigram');

    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        person_id INTEGER,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_person ON audit(person_id, id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    -- The last entry, so that removing entries at the end is detected too.
    CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL
    );
    "#,
        then: None,
    },
    // 2: the right to income. No table here refers to a support plan, and none ever may.
    Migration {
        sql: r#"
    CREATE TABLE amount_row (
        valid_from TEXT PRIMARY KEY,
        cohabitant_year_cents INTEGER NOT NULL CHECK (cohabitant_year_cents >= 0),
        single_year_cents INTEGER NOT NULL CHECK (single_year_cents >= 0),
        family_year_cents INTEGER NOT NULL CHECK (family_year_cents >= 0),
        sp_exemption_month_cents INTEGER CHECK (sp_exemption_month_cents >= 0),
        source TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE income_request (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        received_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('leefloon','equivalent','other')),
        other_label TEXT NOT NULL DEFAULT '',
        received_by TEXT NOT NULL DEFAULT '',
        receipt_given_on TEXT,
        hearing_notice_given_on TEXT,
        withdrawn_on TEXT,
        socio_professional_exemption INTEGER NOT NULL DEFAULT 0,
        category TEXT CHECK (category IN ('cohabitant','single','family')),
        category_reason TEXT NOT NULL DEFAULT '',
        override_yearly_cents INTEGER CHECK (override_yearly_cents >= 0),
        override_motivation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX income_request_person ON income_request(person_id, received_on);

    -- Exactly the six conditions of art. 3 of the law of 26 May 2002.
    CREATE TABLE income_condition (
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        condition TEXT NOT NULL CHECK (condition IN
            ('residence','age','nationality','resources','work_readiness','other_benefits')),
        finding TEXT NOT NULL DEFAULT 'to_check' CHECK (finding IN ('met','not_met','to_check')),
        explanation TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (request_id, condition)
    );

    CREATE TABLE income_evidence (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        condition TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
            ('document','home_visit','statement','official_source','bank_statement')),
        description TEXT NOT NULL,
        seen_on TEXT,
        bank_reason TEXT NOT NULL DEFAULT '',
        CHECK (kind <> 'bank_statement' OR length(bank_reason) > 0)
    );
    CREATE INDEX income_evidence_request ON income_evidence(request_id);

    CREATE TABLE income_visit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        visited_on TEXT NOT NULL,
        announced INTEGER NOT NULL DEFAULT 1,
        unannounced_reason TEXT NOT NULL DEFAULT '',
        purposes TEXT NOT NULL,
        findings TEXT NOT NULL DEFAULT '',
        CHECK (announced = 1 OR length(unannounced_reason) > 0)
    );
    CREATE INDEX income_visit_request ON income_visit(request_id);

    -- Income only: there is no table for expenses, and there never will be.
    CREATE TABLE income_resource (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        whose TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        period TEXT NOT NULL CHECK (period IN ('month','year')),
        counted INTEGER,
        motivation TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX income_resource_request ON income_resource(request_id);

    CREATE TABLE income_decision (
        request_id INTEGER PRIMARY KEY REFERENCES income_request(id) ON DELETE CASCADE,
        decided_on TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('granted','refused','partly_granted')),
        category TEXT,
        yearly_cents INTEGER,
        start_on TEXT,
        grounds TEXT NOT NULL,
        refusal_condition TEXT,
        notified_on TEXT,
        notified_how TEXT CHECK (notified_how IN ('registered_letter','handed_over'))
    );
    "#,
        // The shipped amounts are put in by migration 6 (they need its columns).
        then: None,
    },
    // 3: the social report and its versions. Draws on the income side only.
    Migration {
        sql: r#"
    CREATE TABLE report (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL UNIQUE REFERENCES income_request(id) ON DELETE CASCADE,
        proposal TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE TABLE report_version (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft','read_together','signed','declined','sent')),
        lang TEXT NOT NULL CHECK (lang IN ('nl','fr','de','en')),
        remarks TEXT,
        read_together_on TEXT,
        read_fingerprint TEXT,
        worker_signature TEXT,
        person_signature TEXT,
        content TEXT,
        fingerprint TEXT,
        pdf BLOB,
        pdf_sha256 TEXT,
        frozen_at TEXT,
        sent_on TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (report_id, number)
    );
    -- A frozen version never changes; only its sending can still be recorded.
    CREATE TRIGGER report_version_frozen BEFORE UPDATE ON report_version
        WHEN OLD.frozen_at IS NOT NULL AND (
            NEW.content IS NOT OLD.content OR NEW.pdf IS NOT OLD.pdf
            OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.fingerprint IS NOT OLD.fingerprint
            OR NEW.remarks IS NOT OLD.remarks OR NEW.worker_signature IS NOT OLD.worker_signature
            OR NEW.person_signature IS NOT OLD.person_signature OR NEW.number IS NOT OLD.number
            OR NEW.lang IS NOT OLD.lang OR NEW.frozen_at IS NOT OLD.frozen_at
            OR (NEW.status IS NOT OLD.status AND NEW.status <> 'sent'))
        BEGIN SELECT RAISE(ABORT, 'a signed report version is frozen'); END;
    CREATE TRIGGER report_version_keep BEFORE DELETE ON report_version
        WHEN OLD.frozen_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed report version is kept'); END;
    "#,
        then: None,
    },
    // 4: the voluntary support plan. No reference to the income side, in either direction.
    Migration {
        sql: r#"
    CREATE TABLE support_answer (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        wants INTEGER NOT NULL,
        answered_on TEXT NOT NULL
    );
    CREATE INDEX support_answer_person ON support_answer(person_id, id);
    CREATE TABLE support_plan (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','ended')),
        opened_on TEXT NOT NULL,
        paused_on TEXT,
        ended_on TEXT
    );
    CREATE INDEX support_plan_person ON support_plan(person_id, id);
    CREATE TABLE support_goal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) > 0),
        started_on TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('active','paused','reached','dropped')),
        wished_date TEXT
    );
    CREATE TABLE support_commitment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) > 0),
        who TEXT NOT NULL DEFAULT '',
        by_when TEXT,
        done_on TEXT
    );
    CREATE TABLE support_meeting (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        met_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    "#,
        then: None,
    },
    // 5: consents, the sharing log, closing and erasing a file; the audit trail becomes
    // redactable (an erasure blanks an entry's content but keeps its digest in the chain).
    Migration {
        sql: r#"
    ALTER TABLE person ADD COLUMN closed_on TEXT;
    ALTER TABLE person ADD COLUMN retention_until TEXT;

    CREATE TABLE consent (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        recipient_organisation TEXT NOT NULL CHECK (length(recipient_organisation) > 0),
        recipient_role TEXT NOT NULL CHECK (length(recipient_role) > 0),
        purpose TEXT NOT NULL CHECK (length(purpose) > 0),
        covers TEXT NOT NULL,
        given_on TEXT NOT NULL,
        ends_on TEXT,
        withdrawn_on TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX consent_person ON consent(person_id, id);

    CREATE TABLE share (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        consent_id INTEGER NOT NULL REFERENCES consent(id) ON DELETE CASCADE,
        recipient_organisation TEXT NOT NULL,
        recipient_role TEXT NOT NULL,
        purpose TEXT NOT NULL,
        parts TEXT NOT NULL,
        what TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('copy','document','handover')),
        document_sha256 TEXT,
        conditions TEXT NOT NULL,
        shared_on TEXT NOT NULL,
        worker TEXT NOT NULL
    );
    CREATE INDEX share_person ON share(person_id, id);

    -- While a row is here, an erasure is running: frozen report versions may go too.
    CREATE TABLE erasing (person_id INTEGER PRIMARY KEY);
    DROP TRIGGER IF EXISTS report_version_keep;
    CREATE TRIGGER report_version_keep BEFORE DELETE ON report_version
        WHEN OLD.frozen_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'a signed report version is kept'); END;

    ALTER TABLE audit ADD COLUMN redacted_digest TEXT;
    DROP TRIGGER IF EXISTS audit_no_update;
    "#,
        then: Some(crate::audit::reseal),
    },
    // 6: the law exact (issue "The leefloon amount, exact to the law"): whose a resource is
    // (one person per `whose` + `member`), months with an income, a parent counted partly,
    // exempt lines with their ground, capital and property; the socio-professional months;
    // the decided amount's own motivation; a minor in the person's care who is not their
    // child; the higher socio-professional exemption. The shipped amounts rows are put in
    // (or corrected where the user left them as shipped).
    Migration {
        sql: r#"
    ALTER TABLE income_resource ADD COLUMN member TEXT NOT NULL DEFAULT '';
    ALTER TABLE income_resource ADD COLUMN months INTEGER CHECK (months BETWEEN 1 AND 12);
    ALTER TABLE income_resource ADD COLUMN counted_yearly_cents INTEGER
        CHECK (counted_yearly_cents >= 0);
    ALTER TABLE income_resource ADD COLUMN legal_ground TEXT NOT NULL DEFAULT '';
    ALTER TABLE income_resource ADD COLUMN unbuilt INTEGER;
    ALTER TABLE income_resource ADD COLUMN share_percent INTEGER
        CHECK (share_percent BETWEEN 1 AND 100);
    ALTER TABLE income_resource ADD COLUMN sold_on TEXT;
    ALTER TABLE income_resource ADD COLUMN sold_right TEXT
        CHECK (sold_right IN ('full','usufruct','bare_ownership'));
    ALTER TABLE income_resource ADD COLUMN deductions_cents INTEGER
        CHECK (deductions_cents >= 0);
    ALTER TABLE income_request ADD COLUMN sp_shortage_months INTEGER NOT NULL DEFAULT 0
        CHECK (sp_shortage_months BETWEEN 0 AND 3);
    ALTER TABLE income_request ADD COLUMN sp_months_elsewhere INTEGER NOT NULL DEFAULT 0
        CHECK (sp_months_elsewhere BETWEEN 0 AND 36);
    ALTER TABLE income_decision ADD COLUMN amount_motivation TEXT NOT NULL DEFAULT '';
    ALTER TABLE income_decision ADD COLUMN calculated_yearly_cents INTEGER;
    ALTER TABLE income_decision ADD COLUMN sp_months INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE household_member ADD COLUMN in_care TEXT;
    ALTER TABLE amount_row ADD COLUMN sp_exemption_shortage_month_cents INTEGER
        CHECK (sp_exemption_shortage_month_cents >= 0);

    -- Documents that hold (issue "Documents that hold at the committee and at the labour
    -- court"): the letterhead, the deciding body, the signatories, the payment rhythm; the
    -- date a decision letter is sent, kept apart from its notification.
    ALTER TABLE profile ADD COLUMN ocmw_phone TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN ocmw_email TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN ocmw_hours TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN deciding_body TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN deciding_body_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN signatory_1_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN signatory_1_role TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN signatory_2_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN signatory_2_role TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN payment_frequency TEXT NOT NULL DEFAULT '';
    ALTER TABLE income_decision ADD COLUMN letter_sent_on TEXT;
    ALTER TABLE report_version ADD COLUMN readiness_reason TEXT;

    -- Hardening: a random salt inside each new audit entry's digest, deleted when the entry
    -- is blanked by an erasure; blanking is allowed for the erased person's entries only.
    ALTER TABLE audit ADD COLUMN salt TEXT;
    DROP TRIGGER IF EXISTS audit_no_update;

    -- The hand-overs imported, by bundle id only (no person): an erased file's bundle cannot
    -- be imported again. Filled from the trail for imports made before.
    CREATE TABLE imported_bundle (
        bundle_id TEXT PRIMARY KEY,
        imported_at TEXT NOT NULL
    );
    INSERT OR IGNORE INTO imported_bundle (bundle_id, imported_at)
        SELECT json_extract(detail, '$.bundle_id'), at FROM audit
        WHERE action = 'handover.import' AND json_extract(detail, '$.bundle_id') IS NOT NULL;
    "#,
        then: Some(migrate_6),
    },
    // 7: the database knows it has been sealed (`tandem.seal`): an old copy put back with the
    // seal deleted too is then caught at unlock.
    Migration {
        sql: r#"
    CREATE TABLE vault_sealed (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        since TEXT NOT NULL
    );
    "#,
        then: None,
    },
    // 8: the running right: its yearly reviews (each condition re-confirmed or changed) and
    // its end. Like the rest of the income side, nothing here refers to a support plan.
    Migration {
        sql: r#"
    CREATE TABLE income_review (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        reviewed_on TEXT NOT NULL,
        visited_on TEXT,
        no_visit_reason TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL CHECK (outcome IN ('unchanged','changed')),
        note TEXT NOT NULL DEFAULT '',
        next_review_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (visited_on IS NOT NULL OR no_visit_reason != '')
    );
    CREATE INDEX income_review_request ON income_review(request_id, reviewed_on);
    CREATE TABLE income_review_condition (
        review_id INTEGER NOT NULL REFERENCES income_review(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 5),
        condition TEXT NOT NULL CHECK (condition IN ('residence','age','nationality','resources',
                                                     'work_readiness','other_benefits')),
        status TEXT NOT NULL CHECK (status IN ('reconfirmed','changed')),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (review_id, condition)
    );
    CREATE TABLE income_right_end (
        request_id INTEGER PRIMARY KEY REFERENCES income_request(id) ON DELETE CASCADE,
        ended_on TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('other_income','moved','death','person_choice',
                                               'condition_not_met')),
        condition TEXT CHECK (condition IN ('residence','age','nationality','resources',
                                            'work_readiness','other_benefits')),
        detail TEXT NOT NULL CHECK (detail != ''),
        decided_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((reason = 'condition_not_met') = (condition IS NOT NULL))
    );
    "#,
        then: None,
    },
    // 9: the undo of a request's last changes: what each change replaced, newest last (kept per
    // request, erased with the person's file through its link).
    Migration {
        sql: r#"
    CREATE TABLE income_undo (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        before TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX income_undo_request ON income_undo(request_id, id);
    "#,
        then: None,
    },
    // 10: the running right over time (issue "The right over time", 1-3): its periods, each
    // from a date with its category, amount and the calculation it came from, appended and
    // never edited (a grant, a revision, an indexation, a judgment); "something changed" and
    // the revision decision about it. The start of the right needs a motivation when it is not
    // the day of the request (art. 21 § 5 of the law of 26 May 2002).
    Migration {
        sql: r#"
    ALTER TABLE income_decision ADD COLUMN start_motivation TEXT NOT NULL DEFAULT '';
    CREATE TABLE income_revision (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        changed_on TEXT NOT NULL,
        what TEXT NOT NULL CHECK (what IN ('resources','household','address','condition')),
        condition TEXT CHECK (condition IN ('residence','age','nationality','resources',
                                            'work_readiness','other_benefits')),
        detail TEXT NOT NULL CHECK (detail != ''),
        centre_error INTEGER NOT NULL DEFAULT 0 CHECK (centre_error IN (0, 1)),
        previous_category TEXT NOT NULL,
        previous_yearly_cents INTEGER NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('cohabitant','single','family')),
        input TEXT NOT NULL,
        calculated_yearly_cents INTEGER NOT NULL,
        amount_row_from TEXT NOT NULL,
        recorded_on TEXT NOT NULL,
        decided_on TEXT,
        yearly_cents INTEGER CHECK (yearly_cents >= 0),
        grounds TEXT NOT NULL DEFAULT '',
        amount_motivation TEXT NOT NULL DEFAULT '',
        effective_on TEXT,
        notified_on TEXT,
        notified_how TEXT CHECK (notified_how IN ('registered_letter','handed_over')),
        letter_sent_on TEXT,
        created_at TEXT NOT NULL,
        CHECK ((what = 'condition') = (condition IS NOT NULL)),
        CHECK ((decided_on IS NULL) = (effective_on IS NULL))
    );
    CREATE INDEX income_revision_request ON income_revision(request_id, id);
    -- A decided revision is kept as decided: only its letter's date and its notification can
    -- still be recorded.
    CREATE TRIGGER income_revision_decided BEFORE UPDATE ON income_revision
        WHEN OLD.decided_on IS NOT NULL AND (
            NEW.decided_on IS NOT OLD.decided_on OR NEW.yearly_cents IS NOT OLD.yearly_cents
            OR NEW.effective_on IS NOT OLD.effective_on OR NEW.grounds IS NOT OLD.grounds
            OR NEW.category IS NOT OLD.category OR NEW.changed_on IS NOT OLD.changed_on
            OR NEW.detail IS NOT OLD.detail OR NEW.input IS NOT OLD.input
            OR NEW.calculated_yearly_cents IS NOT OLD.calculated_yearly_cents
            OR NEW.previous_yearly_cents IS NOT OLD.previous_yearly_cents
            OR NEW.amount_motivation IS NOT OLD.amount_motivation
            OR (OLD.notified_on IS NOT NULL AND NEW.notified_on IS NOT OLD.notified_on))
        BEGIN SELECT RAISE(ABORT, 'a revision decision is kept as decided'); END;
    CREATE TRIGGER income_revision_keep BEFORE DELETE ON income_revision
        WHEN OLD.decided_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'a revision decision is kept'); END;
    CREATE TABLE income_right_period (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        from_on TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('cohabitant','single','family')),
        yearly_cents INTEGER NOT NULL CHECK (yearly_cents >= 0),
        calculated_yearly_cents INTEGER,
        why TEXT NOT NULL CHECK (why IN ('grant','revision','indexation','judgment')),
        revision_id INTEGER REFERENCES income_revision(id) ON DELETE CASCADE,
        amount_row_from TEXT,
        input TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK ((why = 'revision') = (revision_id IS NOT NULL))
    );
    CREATE INDEX income_right_period_request ON income_right_period(request_id, from_on, id);
    -- The past is never edited: a change is a new period.
    CREATE TRIGGER income_right_period_no_update BEFORE UPDATE ON income_right_period
        BEGIN SELECT RAISE(ABORT, 'the periods of a right are append-only'); END;
    CREATE TRIGGER income_right_period_keep BEFORE DELETE ON income_right_period
        WHEN NOT EXISTS (SELECT 1 FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'the periods of a right are append-only'); END;
    -- Rights granted before this version: their grant opens their first period.
    INSERT INTO income_right_period (request_id, from_on, category, yearly_cents,
                                     calculated_yearly_cents, why, created_at)
        SELECT request_id, start_on, category, yearly_cents, calculated_yearly_cents, 'grant',
               strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        FROM income_decision
        WHERE outcome != 'refused' AND start_on IS NOT NULL AND category IS NOT NULL
          AND yearly_cents IS NOT NULL;
    "#,
        then: None,
    },
    // 11: structural observations for the collective signals: about no one (the text is
    // checked against the vault's names and numbers before it is stored).
    Migration {
        sql: r#"
    CREATE TABLE signal_observation (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        theme TEXT NOT NULL CHECK (theme IN ('housing','energy','debt','health','administration',
                                             'work','income_adequacy','discrimination','other')),
        text TEXT NOT NULL CHECK (text != ''),
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        situations INTEGER NOT NULL CHECK (situations > 0),
        created_at TEXT NOT NULL,
        CHECK (period_from <= period_to)
    );
    "#,
        then: None,
    },
    // 12: the caseload (issue "A day of work"): file references unique across an OCMW (the
    // OCMW's and the worker's codes, set at onboarding, prefix every new reference; the
    // references given before keep their form, stored as they were computed), and the
    // indexes the caseload searches with (reference, national register number).
    Migration {
        sql: r#"
    ALTER TABLE profile ADD COLUMN ocmw_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN worker_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE income_request ADD COLUMN reference TEXT;
    UPDATE income_request
        SET reference = 'LL-' || substr(received_on, 1, 4) || '-' || printf('%05d', id)
        WHERE reference IS NULL;
    CREATE INDEX income_request_reference ON income_request(reference);
    CREATE INDEX person_nrn ON person(nrn);
    "#,
        then: None,
    },
    // 13: the caseload kept as a table (issue "A day of work": 10,000 files stay instant):
    // each person's stage, next action and its date, computed by `caseload::refresh` for the
    // persons a change marked stale. Triggers mark them (never with `OR IGNORE`: the outer
    // statement's conflict clause would override it); the table holds only what is derived
    // from tables that are exported, and loses a person's row when the person is erased.
    Migration {
        sql: r#"
    CREATE TABLE caseload_file (
        person_id INTEGER PRIMARY KEY,
        request_id INTEGER,
        reference TEXT,
        base_stage TEXT NOT NULL,
        next_action TEXT,
        next_on TEXT,
        to_check INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE caseload_stale (person_id INTEGER PRIMARY KEY);
    INSERT INTO caseload_stale (person_id) SELECT id FROM person;
    CREATE TRIGGER caseload_person_new AFTER INSERT ON person
        BEGIN INSERT INTO caseload_stale (person_id) SELECT NEW.id
              WHERE NEW.id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_person_changed AFTER UPDATE ON person
        BEGIN INSERT INTO caseload_stale (person_id) SELECT NEW.id
              WHERE NEW.id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_person_gone AFTER DELETE ON person
        BEGIN
            DELETE FROM caseload_file WHERE person_id = OLD.id;
            DELETE FROM caseload_stale WHERE person_id = OLD.id;
        END;
    CREATE TRIGGER caseload_request_new AFTER INSERT ON income_request
        BEGIN INSERT INTO caseload_stale (person_id) SELECT NEW.person_id
              WHERE NEW.person_id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_request_changed AFTER UPDATE ON income_request
        BEGIN INSERT INTO caseload_stale (person_id) SELECT NEW.person_id
              WHERE NEW.person_id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_request_gone AFTER DELETE ON income_request
        BEGIN INSERT INTO caseload_stale (person_id) SELECT OLD.person_id
              WHERE OLD.person_id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_version_new AFTER INSERT ON report_version
        BEGIN INSERT INTO caseload_stale (person_id)
              SELECT r.person_id FROM report rp JOIN income_request r ON r.id = rp.request_id
              WHERE rp.id = NEW.report_id
                AND r.person_id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_version_changed AFTER UPDATE ON report_version
        BEGIN INSERT INTO caseload_stale (person_id)
              SELECT r.person_id FROM report rp JOIN income_request r ON r.id = rp.request_id
              WHERE rp.id = NEW.report_id
                AND r.person_id NOT IN (SELECT person_id FROM caseload_stale); END;
    CREATE TRIGGER caseload_version_gone AFTER DELETE ON report_version
        BEGIN INSERT INTO caseload_stale (person_id)
              SELECT r.person_id FROM report rp JOIN income_request r ON r.id = rp.request_id
              WHERE rp.id = OLD.report_id
                AND r.person_id NOT IN (SELECT person_id FROM caseload_stale); END;
    "#,
        then: Some(migrate_13),
    },
    // 14: the appeal to the labour court (issue "The right over time", 5): lodged against the
    // decision on a request, a revision decision or the end of the right, then its outcome (rejected, granted, partly
    // granted, withdrawn), recorded once; a judgment that sets another amount is a new period of
    // the right (art. 47 of the law of 26 May 2002). A social report can be composed for a
    // revision: its version names the revision it is about.
    Migration {
        sql: r#"
    CREATE TABLE income_appeal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES income_request(id) ON DELETE CASCADE,
        against TEXT NOT NULL CHECK (against IN ('decision','revision','end')),
        revision_id INTEGER REFERENCES income_revision(id) ON DELETE CASCADE,
        lodged_on TEXT NOT NULL,
        court TEXT NOT NULL CHECK (court != ''),
        note TEXT NOT NULL DEFAULT '',
        outcome TEXT CHECK (outcome IN ('rejected','granted','partly_granted','withdrawn')),
        outcome_on TEXT,
        from_on TEXT,
        category TEXT CHECK (category IN ('cohabitant','single','family')),
        yearly_cents INTEGER CHECK (yearly_cents >= 0),
        outcome_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK ((against = 'revision') = (revision_id IS NOT NULL)),
        CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
        CHECK ((from_on IS NULL) = (yearly_cents IS NULL)),
        CHECK ((from_on IS NULL) = (category IS NULL)),
        CHECK (from_on IS NULL OR outcome IN ('granted','partly_granted'))
    );
    CREATE INDEX income_appeal_request ON income_appeal(request_id, id);
    -- What was lodged stays as lodged; the outcome is recorded once.
    CREATE TRIGGER income_appeal_kept BEFORE UPDATE ON income_appeal
        WHEN OLD.outcome IS NOT NULL OR NEW.lodged_on IS NOT OLD.lodged_on
          OR NEW.court IS NOT OLD.court OR NEW.note IS NOT OLD.note
          OR NEW.revision_id IS NOT OLD.revision_id OR NEW.request_id IS NOT OLD.request_id
          OR NEW.against IS NOT OLD.against
        BEGIN SELECT RAISE(ABORT, 'an appeal is kept as lodged and judged'); END;
    CREATE TRIGGER income_appeal_keep BEFORE DELETE ON income_appeal
        WHEN NOT EXISTS (SELECT 1 FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'an appeal is kept'); END;
    ALTER TABLE income_right_period ADD COLUMN appeal_id INTEGER
        REFERENCES income_appeal(id) ON DELETE CASCADE;
    ALTER TABLE report_version ADD COLUMN revision_id INTEGER
        REFERENCES income_revision(id) ON DELETE CASCADE;
    "#,
        then: None,
    },
    // 15: where things stand for each right the screener shows (issue "Rights the person may
    // be missing", 4), recorded with the person; a history: the latest row of a right counts,
    // no row is changed, and rows go only with the file's erasure.
    Migration {
        sql: r#"
    CREATE TABLE rights_status (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        right_id TEXT NOT NULL CHECK (right_id != ''),
        status TEXT NOT NULL CHECK (status IN
            ('receives','will_request','requested','not_wanted','not_applicable')),
        requested_on TEXT,
        event_on TEXT,
        note TEXT NOT NULL DEFAULT '',
        recorded_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((status = 'requested') = (requested_on IS NOT NULL))
    );
    CREATE INDEX rights_status_person ON rights_status(person_id, right_id, id);
    CREATE TRIGGER rights_status_kept BEFORE UPDATE ON rights_status
        BEGIN SELECT RAISE(ABORT, 'a recorded status is kept as recorded'); END;
    CREATE TRIGGER rights_status_keep BEFORE DELETE ON rights_status
        WHEN NOT EXISTS (SELECT 1 FROM erasing)
        BEGIN SELECT RAISE(ABORT, 'a recorded status is kept'); END;
    "#,
        then: None,
    },
    // 16: how and when the decision ending a right was notified (issue "The right over time",
    // 5 and 6): from then the three months to appeal against the end run (art. 47 § 1 of the
    // law of 26 May 2002). Recorded once; the end itself is never changed.
    Migration {
        sql: r#"
    ALTER TABLE income_right_end ADD COLUMN notified_on TEXT;
    ALTER TABLE income_right_end ADD COLUMN notified_how TEXT
        CHECK (notified_how IN ('registered_letter','handed_over'));
    CREATE TRIGGER income_right_end_kept BEFORE UPDATE ON income_right_end
        WHEN OLD.notified_on IS NOT NULL OR NEW.ended_on IS NOT OLD.ended_on
          OR NEW.reason IS NOT OLD.reason OR NEW.condition IS NOT OLD.condition
          OR NEW.detail IS NOT OLD.detail OR NEW.decided_on IS NOT OLD.decided_on
          OR NEW.request_id IS NOT OLD.request_id
        BEGIN SELECT RAISE(ABORT, 'the end of a right is kept as decided and notified'); END;
    "#,
        then: None,
    },
    // 17: the team store this worker joined (issue "The team store", 2): where and as whom to
    // log in, kept inside the vault so that the passphrase still opens everything. While it
    // is here the files are in the team store, and nothing of them is written in the vault.
    Migration {
        sql: r#"
    CREATE TABLE team_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        link TEXT NOT NULL,
        enrolled_at TEXT NOT NULL
    );
    "#,
        then: None,
    },
];

/// The tables of a request whose rows change a file's stage or its next date (migration 13
/// marks the person stale on each insert, update and delete).
const CASELOAD_REQUEST_TABLES: [&str; 7] = [
    "income_condition",
    "income_evidence",
    "income_visit",
    "income_resource",
    "income_review",
    "income_decision",
    "income_right_end",
];

/// Triggers of migration 13 on the tables reached through a request.
fn migrate_13(conn: &Db) -> Result<()> {
    for table in CASELOAD_REQUEST_TABLES {
        for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            conn.execute_batch(&format!(
                "CREATE TRIGGER caseload_{table}_{event} AFTER {event} ON {table}
                 BEGIN INSERT INTO caseload_stale (person_id)
                       SELECT person_id FROM income_request WHERE id = {row}.request_id
                         AND person_id NOT IN (SELECT person_id FROM caseload_stale); END;",
                event = event.to_lowercase()
            ))?;
        }
    }
    Ok(())
}

/// Data of migration 6: the shipped amounts rows, and the audit trail's update trigger in its
/// salted form.
fn migrate_6(conn: &Db) -> Result<()> {
    crate::income::amounts::seed(conn)?;
    conn.execute_batch(crate::audit::NO_UPDATE_TRIGGER)?;
    Ok(())
}

/// The schema version this build writes.
pub fn current_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Brings the database to the current version, each step in its own transaction.
pub fn migrate(conn: &mut Db) -> Result<u32> {
    let from: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if from > current_version() {
        return Err(Error::VaultCorrupt {
            detail: format!(
                "this vault was written by a newer Tandem (schema {from}, this version knows {})",
                current_version()
            ),
        });
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
        }
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        tx.commit()?;
    }
    Ok(from)
}
