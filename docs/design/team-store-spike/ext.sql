select name, default_version from pg_available_extensions where name in ('pgcrypto','pg_trgm','unaccent','fuzzystrmatch') order by 1;
