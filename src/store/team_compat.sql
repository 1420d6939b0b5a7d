-- The few SQLite functions the areas' SQL uses, with SQLite's results, so that one statement
-- runs on both stores. Each one is checked against SQLite by the team store's tests.

CREATE FUNCTION tandem.instr(haystack TEXT, needle TEXT) RETURNS INTEGER
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$ SELECT strpos(haystack, needle) $$;

-- printf('%05d', n): the only form the areas use (zero-padded integers).
CREATE FUNCTION tandem.printf(fmt TEXT, n BIGINT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE w INTEGER;
BEGIN
    IF fmt !~ '^%0[1-9]d$' THEN
        RAISE EXCEPTION 'printf: unsupported format %', fmt;
    END IF;
    w := substr(fmt, 3, 1)::INTEGER;
    IF n < 0 THEN
        RETURN '-' || lpad((-n)::TEXT, w - 1, '0');
    END IF;
    IF length(n::TEXT) >= w THEN
        RETURN n::TEXT;
    END IF;
    RETURN lpad(n::TEXT, w, '0');
END $$;

-- json_extract(doc, '$.a.b'): the value as text (NULL when absent or not JSON).
CREATE FUNCTION tandem.json_extract(doc TEXT, path TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF path !~ '^\$(\.[A-Za-z0-9_]+)+$' THEN
        RAISE EXCEPTION 'json_extract: unsupported path %', path;
    END IF;
    RETURN doc::JSONB #>> string_to_array(substr(path, 3), '.');
EXCEPTION WHEN invalid_text_representation THEN
    RETURN NULL;
END $$;

-- julianday('YYYY-MM-DD[...]'): the Julian day number, as SQLite counts it.
CREATE FUNCTION tandem.julianday(d TEXT) RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
    SELECT extract(epoch FROM (replace(replace(d, 'T', ' '), 'Z', ''))::TIMESTAMP) / 86400.0 + 2440587.5
$$;

-- date(d, modifiers...): SQLite's date arithmetic for '+N days' and '+N months'/'years'. A month
-- added to the 31st rolls over into the next month, as in SQLite (PostgreSQL would clamp).
CREATE FUNCTION tandem.date(d TEXT, VARIADIC modifiers TEXT[]) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t DATE := substr(d, 1, 10)::DATE;
    m TEXT;
    parts TEXT[];
    n INTEGER;
    months INTEGER;
BEGIN
    FOREACH m IN ARRAY modifiers LOOP
        parts := regexp_match(m, '^([+-]?[0-9]+) (day|days|month|months|year|years)$');
        IF parts IS NULL THEN
            RAISE EXCEPTION 'date: unsupported modifier %', m;
        END IF;
        n := parts[1]::INTEGER;
        IF parts[2] LIKE 'day%' THEN
            t := t + n;
        ELSE
            months := CASE WHEN parts[2] LIKE 'year%' THEN 12 * n ELSE n END
                      + extract(year FROM t)::INTEGER * 12 + extract(month FROM t)::INTEGER - 1;
            t := make_date(months / 12, months % 12 + 1, 1) + (extract(day FROM t)::INTEGER - 1);
        END IF;
    END LOOP;
    RETURN to_char(t, 'YYYY-MM-DD');
EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
    RETURN NULL;
END $$;
CREATE FUNCTION tandem.date(d TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$ SELECT tandem.date(d, VARIADIC ARRAY[]::TEXT[]) $$;

-- SQLite's scalar min(a, b[, c]) and max: the smallest (largest) argument, NULL if one is NULL.
CREATE FUNCTION tandem.min(a TEXT, b TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$ SELECT LEAST(a, b) $$;
CREATE FUNCTION tandem.min(a TEXT, b TEXT, c TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$ SELECT LEAST(a, b, c) $$;
CREATE FUNCTION tandem.max(a TEXT, b TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$ SELECT GREATEST(a, b) $$;
CREATE FUNCTION tandem.max(a TEXT, b TEXT, c TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$ SELECT GREATEST(a, b, c) $$;
