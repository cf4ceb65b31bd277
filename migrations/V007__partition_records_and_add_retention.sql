-- The retention engine: the records the ordinance keeps for 3 years move into monthly range partitions, so that a
-- purge is mostly dropping a month that has wholly expired; legal holds that exempt records from purging; purge
-- certificates; and data keys whose second half lives outside the database (the key vault), so that destroying a
-- month's key also makes copies in old backups unreadable. See docs/retention.md and docs/security.md.
--
-- Partition keys (a partition must expire all at once):
--   visits, visit_segments  RANGE (retention_until): the last day the visit's records are kept, known at checkout.
--                           An open visit has retention_until = 'infinity' and lives in <table>_open, which is
--                           never dropped; checkout moves the visit and its segments into the month partition.
--   terminal_events         RANGE (at): an event expires by its own time. Month bounds are in UTC.
-- Partitions are named <table>_pYYYYMM; <table>_default catches rows no partition covers (a safety net: creating
-- the month's partition later moves them out of it).

-- The role the server runs as (SET ROLE kiroku_app); created here too so this migration stands on its own.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kiroku_app') THEN
        CREATE ROLE kiroku_app NOLOGIN;
    END IF;
END
$$;

-- Tables kept in monthly partitions, and how each is purged. A table whose rows belong to another's rows
-- (parent_table) is partitioned by the same key: its month is created with the parent's and dropped before it.
CREATE TABLE partitioned_tables (
    table_name      text PRIMARY KEY CHECK (table_name ~ '^[a-z][a-z0-9_]{0,40}$'),
    key_column      text NOT NULL CHECK (key_column ~ '^[a-z][a-z0-9_]{0,62}$'),
    key_kind        text NOT NULL CHECK (key_kind IN ('retention_date', 'event_time')),
    parent_table    text REFERENCES partitioned_tables (table_name),
    -- what a legal hold keeps: visits held (see kiroku_held_visits), or rows of a terminal inside a held window
    hold_rule       text NOT NULL CHECK (hold_rule IN ('held_visits', 'terminal_windows')),
    terminal_column text CHECK (terminal_column ~ '^[a-z][a-z0-9_]{0,62}$'),
    CHECK ((hold_rule = 'terminal_windows') = (terminal_column IS NOT NULL)),
    CHECK (key_kind = 'event_time' OR parent_table IS NULL OR hold_rule = 'held_visits')
);
COMMENT ON TABLE partitioned_tables IS
    'monthly partitioned tables (<table>_pYYYYMM) that the purge drops or deletes from; register a new one here';

-- --- move the V002 tables aside ---------------------------------------------------------------------------------
CREATE SCHEMA kiroku_v002_moved;
ALTER TABLE visit_segments SET SCHEMA kiroku_v002_moved;
ALTER TABLE visits SET SCHEMA kiroku_v002_moved;
ALTER TABLE terminal_events SET SCHEMA kiroku_v002_moved;

-- --- visits -----------------------------------------------------------------------------------------------------
CREATE TABLE visits (
    id                  uuid        NOT NULL,
    store_id            bigint      NOT NULL REFERENCES stores (id),
    identity_record_id  uuid        NOT NULL,
    member_id           uuid,
    started_at          timestamptz NOT NULL,
    started_by          bigint      NOT NULL REFERENCES staff (id),
    ended_at            timestamptz,
    ended_by            bigint REFERENCES staff (id),
    minor               boolean     NOT NULL DEFAULT false,
    minor_must_leave_at timestamptz,
    retention_until     date        NOT NULL DEFAULT 'infinity',
    CONSTRAINT visits_pkey PRIMARY KEY (id, retention_until),
    CONSTRAINT visits_store_id_id_key UNIQUE (store_id, id, retention_until),
    CONSTRAINT visits_store_id_identity_record_id_fkey FOREIGN KEY (store_id, identity_record_id)
        REFERENCES identity_records (store_id, id),
    CONSTRAINT visits_store_id_member_id_fkey FOREIGN KEY (store_id, member_id) REFERENCES members (store_id, id),
    CONSTRAINT visits_check CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT visits_check1 CHECK ((ended_at IS NULL) = (retention_until = 'infinity')),
    CONSTRAINT visits_check2 CHECK (minor OR minor_must_leave_at IS NULL)
) PARTITION BY RANGE (retention_until);
COMMENT ON COLUMN visits.minor IS 'the customer was under the store''s minor age at check-in';
COMMENT ON COLUMN visits.retention_until IS
    'last day the visit''s records are kept; ''infinity'' while the visit is open (partition visits_open)';
CREATE TABLE visits_open PARTITION OF visits FOR VALUES FROM ('infinity') TO (MAXVALUE);
CREATE TABLE visits_default PARTITION OF visits DEFAULT;
CREATE INDEX visits_active_idx ON visits (store_id) WHERE ended_at IS NULL;
-- A customer is in at most one visit at a time: every open visit is in visits_open.
CREATE UNIQUE INDEX visits_active_identity_idx ON visits_open (store_id, identity_record_id) WHERE ended_at IS NULL;
CREATE INDEX visits_identity_idx ON visits (identity_record_id, started_at);
CREATE INDEX visits_time_idx ON visits (store_id, started_at);
CREATE INDEX visits_member_idx ON visits (member_id) WHERE member_id IS NOT NULL;
-- What falls due, per store (the purge; the retention report of V003).
CREATE INDEX visits_store_retention_idx ON visits (store_id, retention_until);

-- --- visit segments ---------------------------------------------------------------------------------------------
-- 通信端末機器特定記録: which booth and terminal, from when to when. A segment carries its visit's retention date, so
-- it lives in the same month as its visit. The link to the visit is checked by triggers (below) rather than a
-- foreign key: a foreign key to a partitioned table makes dropping a month scan every segment under an exclusive
-- lock, which would stall check-ins.
CREATE TABLE visit_segments (
    id              bigint      GENERATED ALWAYS AS IDENTITY,
    store_id        bigint      NOT NULL REFERENCES stores (id),
    visit_id        uuid        NOT NULL,
    booth_id        bigint      NOT NULL,
    terminal_id     bigint REFERENCES terminals (id),
    started_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    retention_until date        NOT NULL DEFAULT 'infinity',
    CONSTRAINT visit_segments_pkey PRIMARY KEY (id, retention_until),
    CONSTRAINT visit_segments_store_id_booth_id_fkey FOREIGN KEY (store_id, booth_id) REFERENCES booths (store_id, id),
    CONSTRAINT visit_segments_check CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT visit_segments_open_check CHECK (ended_at IS NOT NULL OR retention_until = 'infinity')
) PARTITION BY RANGE (retention_until);
CREATE TABLE visit_segments_open PARTITION OF visit_segments FOR VALUES FROM ('infinity') TO (MAXVALUE);
CREATE TABLE visit_segments_default PARTITION OF visit_segments DEFAULT;
-- A booth holds at most one open segment (what gives concurrent check-ins to one booth exactly one winner), and a
-- visit has at most one: open segments belong to open visits, all in visit_segments_open.
CREATE UNIQUE INDEX visit_segments_open_booth_idx ON visit_segments_open (booth_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX visit_segments_open_visit_idx ON visit_segments_open (visit_id) WHERE ended_at IS NULL;
CREATE INDEX visit_segments_terminal_time_idx ON visit_segments (terminal_id, started_at);
CREATE INDEX visit_segments_booth_time_idx ON visit_segments (booth_id, started_at);
CREATE INDEX visit_segments_retention_idx ON visit_segments (store_id, retention_until);
-- As V003 made them on the table this one replaces.
CREATE INDEX visit_segments_store_time_idx ON visit_segments (store_id, started_at);
CREATE INDEX visit_segments_store_visit_idx ON visit_segments (store_id, visit_id);

-- A segment belongs to a visit of its store with the same retention date (as a foreign key would check).
CREATE FUNCTION kiroku_check_segment_visit() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM 1 FROM visits
    WHERE store_id = NEW.store_id AND id = NEW.visit_id AND retention_until = NEW.retention_until
    FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'visit segment % has no visit with the same store and retention date', NEW.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'visit_segments_visit_fkey';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER visit_segments_visit_fkey
    AFTER INSERT OR UPDATE OF store_id, visit_id, retention_until ON visit_segments
    FOR EACH ROW EXECUTE FUNCTION kiroku_check_segment_visit();

-- A visit's key changes (checkout) or the visit goes (purge) only together with its segments.
CREATE FUNCTION kiroku_check_visit_segments() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.store_id = OLD.store_id AND NEW.id = OLD.id
       AND NEW.retention_until = OLD.retention_until THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM visit_segments
    WHERE store_id = OLD.store_id AND visit_id = OLD.id AND retention_until = OLD.retention_until;
    IF FOUND THEN
        RAISE EXCEPTION 'visit % still has segments under its former key', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'visit_segments_visit_fkey';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER visits_segments_fkey
    AFTER UPDATE OF store_id, id, retention_until OR DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION kiroku_check_visit_segments();

-- --- terminal events --------------------------------------------------------------------------------------------
-- The usage log sent by the booth PCs (never browsing history or contents). An event key is unique per terminal;
-- the unique index must include the partition key, so a re-sent key is also checked for across months when it is
-- stored (storage/sql/TerminalSql.h).
CREATE TABLE terminal_events (
    id          bigint      GENERATED ALWAYS AS IDENTITY,
    store_id    bigint      NOT NULL REFERENCES stores (id),
    terminal_id bigint      NOT NULL REFERENCES terminals (id),
    at          timestamptz NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('login', 'logout', 'lock', 'unlock', 'ip_assigned')),
    private_ip  inet,
    mac_address macaddr,
    event_key   text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT terminal_events_pkey PRIMARY KEY (id, at),
    CONSTRAINT terminal_events_terminal_id_event_key_key UNIQUE (terminal_id, event_key, at)
) PARTITION BY RANGE (at);
CREATE TABLE terminal_events_default PARTITION OF terminal_events DEFAULT;
CREATE INDEX terminal_events_terminal_time_idx ON terminal_events (terminal_id, at);
CREATE INDEX terminal_events_store_time_idx ON terminal_events (store_id, at);

INSERT INTO partitioned_tables (table_name, key_column, key_kind, parent_table, hold_rule, terminal_column) VALUES
    ('visits', 'retention_until', 'retention_date', NULL, 'held_visits', NULL),
    ('visit_segments', 'retention_until', 'retention_date', 'visits', 'held_visits', NULL),
    ('terminal_events', 'at', 'event_time', NULL, 'terminal_windows', 'terminal_id');

-- --- legal holds ------------------------------------------------------------------------------------------------
-- A hold keeps the records it names past their retention until it is released or its last day (until, in the
-- store's zone) has passed. reason is written by staff about the request, never customer data.
CREATE TABLE legal_holds (
    id                uuid        PRIMARY KEY,
    store_id          bigint      NOT NULL REFERENCES stores (id),
    reason_code       text        NOT NULL CHECK (reason_code IN
        ('police_request', 'court_order', 'emergency', 'litigation', 'internal_investigation', 'other')),
    reason            text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    police_request_id uuid,
    created_at        timestamptz NOT NULL,
    created_by        bigint      NOT NULL REFERENCES staff (id),
    until             date        NOT NULL,
    released_at       timestamptz,
    released_by       bigint REFERENCES staff (id),
    CHECK ((released_at IS NULL) = (released_by IS NULL)),
    UNIQUE (store_id, id)
);
COMMENT ON COLUMN legal_holds.police_request_id IS 'the police request behind the hold (police_requests, no key yet)';
COMMENT ON COLUMN legal_holds.until IS 'last day (store time) the hold is in force unless released earlier';
CREATE INDEX legal_holds_store_idx ON legal_holds (store_id, created_at);
CREATE INDEX legal_holds_in_force_idx ON legal_holds (store_id) WHERE released_at IS NULL;

-- What a hold keeps, each item one of: an identity record (with all its visits), a visit (with its segments and its
-- identity record), or a terminal's time window (its events in the window, and the visits with a segment on that
-- terminal overlapping it). Records are named by id without a foreign key: a hold's items stay as its history after
-- the records are purged, and visits are partitioned.
CREATE TABLE legal_hold_items (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hold_id            uuid        NOT NULL,
    store_id           bigint      NOT NULL,
    identity_record_id uuid,
    visit_id           uuid,
    terminal_id        bigint REFERENCES terminals (id),
    window_start       timestamptz,
    window_end         timestamptz,
    FOREIGN KEY (store_id, hold_id) REFERENCES legal_holds (store_id, id),
    CHECK (num_nonnulls(identity_record_id, visit_id, terminal_id) = 1),
    CHECK ((terminal_id IS NULL) = (window_start IS NULL) AND (terminal_id IS NULL) = (window_end IS NULL)),
    CHECK (window_end > window_start)
);
CREATE INDEX legal_hold_items_hold_idx ON legal_hold_items (hold_id);
CREATE INDEX legal_hold_items_identity_idx ON legal_hold_items (identity_record_id) WHERE identity_record_id IS NOT NULL;
CREATE INDEX legal_hold_items_visit_idx ON legal_hold_items (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX legal_hold_items_terminal_idx ON legal_hold_items (terminal_id) WHERE terminal_id IS NOT NULL;

-- Holds in force at an instant: not released, and their last day not yet over in their store's zone.
CREATE FUNCTION kiroku_holds_in_force(p_as_of timestamptz)
RETURNS TABLE (hold_id uuid, store_id bigint, until date)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT h.id, h.store_id, h.until
    FROM legal_holds h JOIN stores s ON s.id = h.store_id
    WHERE h.released_at IS NULL AND h.until >= (p_as_of AT TIME ZONE s.time_zone)::date
$$;

-- Visits kept by holds in force: named directly, of a held identity record, or with a segment on a held terminal
-- overlapping its window.
CREATE FUNCTION kiroku_held_visits(p_as_of timestamptz)
RETURNS TABLE (hold_id uuid, store_id bigint, visit_id uuid, identity_record_id uuid, retention_until date, until date)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT f.hold_id, v.store_id, v.id, v.identity_record_id, v.retention_until, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.visit_id IS NOT NULL
    JOIN visits v ON v.store_id = f.store_id AND v.id = i.visit_id
    UNION ALL
    SELECT f.hold_id, v.store_id, v.id, v.identity_record_id, v.retention_until, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.identity_record_id IS NOT NULL
    JOIN visits v ON v.store_id = f.store_id AND v.identity_record_id = i.identity_record_id
    UNION ALL
    SELECT DISTINCT f.hold_id, v.store_id, v.id, v.identity_record_id, v.retention_until, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.terminal_id IS NOT NULL
    JOIN visit_segments s ON s.store_id = f.store_id AND s.terminal_id = i.terminal_id
        AND s.started_at < i.window_end AND coalesce(s.ended_at, 'infinity') > i.window_start
    JOIN visits v ON v.store_id = s.store_id AND v.id = s.visit_id AND v.retention_until = s.retention_until
$$;

-- Identity records kept by holds in force: named directly, or the customer of a held visit.
CREATE FUNCTION kiroku_held_identities(p_as_of timestamptz)
RETURNS TABLE (hold_id uuid, store_id bigint, identity_record_id uuid, until date)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT f.hold_id, f.store_id, i.identity_record_id, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.identity_record_id IS NOT NULL
    UNION
    SELECT h.hold_id, h.store_id, h.identity_record_id, h.until FROM kiroku_held_visits(p_as_of) h
$$;

-- --- purge certificates -----------------------------------------------------------------------------------------
-- What each purge did, without personal data: never updated or deleted.
CREATE TABLE purge_certificates (
    id                  uuid        PRIMARY KEY,
    store_id            bigint REFERENCES stores (id),
    ran_at              timestamptz NOT NULL DEFAULT now(),
    as_of               timestamptz NOT NULL,
    cutoff_date         date,
    store_cutoffs       jsonb       NOT NULL,
    counts              jsonb       NOT NULL,
    partitions_dropped  text[]      NOT NULL,
    destroyed_key_months text[]     NOT NULL,
    destroyed_key_ids   integer[]   NOT NULL,
    kept_keys           jsonb       NOT NULL,
    reencrypted         bigint      NOT NULL,
    holds_respected     integer     NOT NULL,
    hold_ids            uuid[]      NOT NULL,
    held_back           jsonb       NOT NULL,
    duration_ms         integer     NOT NULL,
    triggered_by        text        NOT NULL CHECK (triggered_by IN ('daily_job', 'kirokuctl')),
    CHECK (holds_respected = cardinality(hold_ids))
);
COMMENT ON TABLE purge_certificates IS 'one row per purge (dry runs are not stored); store_id NULL: every store';
COMMENT ON COLUMN purge_certificates.cutoff_date IS
    'the earliest local date of the run over the stores: records whose retention ended before it were purged';
CREATE INDEX purge_certificates_ran_idx ON purge_certificates (ran_at);

-- --- data keys: the key vault -----------------------------------------------------------------------------------
-- A vault key's material is split: the database keeps one half (wrapped by the KEK), the key vault directory
-- (crypto.key_vault_dir) the other. Keys from V002 (vault = false) live wholly in the database until re-encrypted
-- away (kirokuctl rotate-keys --reencrypt) and destroyed.
ALTER TABLE data_keys ADD COLUMN vault boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN data_keys.vault IS 'the key needs its half in the key vault directory (destroyed with the month)';
-- Names this database's folder in the key vault (<key_vault_dir>/<id>/), made at the first key: a copy restored
-- from a backup keeps it, and looks for the original's (destroyed) halves.
CREATE TABLE key_vault_instance (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    id         uuid        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_records_key_idx ON identity_records (key_id);
CREATE INDEX member_cards_member_idx ON member_cards (store_id, member_id);

-- A record is never written under a destroyed key. The key row is locked, so a key being destroyed concurrently is
-- either seen destroyed here or sees this record and is kept.
CREATE FUNCTION kiroku_refuse_destroyed_key() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM 1 FROM data_keys WHERE id = NEW.key_id AND destroyed_at IS NULL FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'data key % is destroyed or unknown', NEW.key_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER identity_records_live_key
    BEFORE INSERT OR UPDATE OF key_id ON identity_records
    FOR EACH ROW EXECUTE FUNCTION kiroku_refuse_destroyed_key();

-- --- partition maintenance (run by the server as kiroku_app, hence SECURITY DEFINER) -----------------------------
-- Retention years of a store's rules (stores.rules.retention_years, default 3), rounded up.
CREATE FUNCTION kiroku_retention_years(p_rules jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN p_rules ->> 'retention_years' ~ '^[0-9]{1,3}(\.[0-9]+)?$'
                THEN GREATEST(1, ceil((p_rules ->> 'retention_years')::numeric)::integer)
                ELSE 3 END
$$;

CREATE FUNCTION kiroku_partition_name(p_table text, p_month date) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT p_table || '_p' || to_char(p_month, 'YYYYMM')
$$;

-- The registered table, or an error.
CREATE FUNCTION kiroku_registered_table(p_table text) RETURNS partitioned_tables
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    t partitioned_tables;
BEGIN
    SELECT * INTO t FROM partitioned_tables WHERE table_name = p_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not registered in partitioned_tables', quote_ident(coalesce(p_table, ''))
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN t;
END
$$;

-- The month's lower and upper bound as SQL literals of the key's type (dates, or UTC midnights).
CREATE FUNCTION kiroku_month_bounds(p_kind text, p_month date, OUT lower_bound text, OUT upper_bound text)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
BEGIN
    IF p_kind = 'retention_date' THEN
        lower_bound := quote_literal(to_char(p_month, 'YYYY-MM-DD'));
        upper_bound := quote_literal(to_char((p_month + interval '1 month')::date, 'YYYY-MM-DD'));
    ELSE
        lower_bound := quote_literal(to_char(p_month, 'YYYY-MM-DD') || ' 00:00:00+00');
        upper_bound := quote_literal(to_char((p_month + interval '1 month')::date, 'YYYY-MM-DD') || ' 00:00:00+00');
    END IF;
END
$$;

-- Takes, without waiting, the locks that attaching or dropping partitions of these tables needs: first the tables
-- their foreign keys refer to (attaching takes SHARE ROW EXCLUSIVE on them, dropping ACCESS EXCLUSIVE), in a fixed
-- order, then the tables themselves and their default partitions. A lock someone holds raises lock_not_available at
-- once, and the caller tries again shortly: waiting for one while holding others could deadlock with a checkout
-- that holds a booth or an identity record and needs the month's partition.
CREATE FUNCTION kiroku_lock_for_partition_ddl(p_tables text[], p_referenced_mode text, p_table_mode text,
                                              p_default_mode text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    r record;
    x text;
BEGIN
    IF NOT (p_referenced_mode = ANY (ARRAY['SHARE ROW EXCLUSIVE', 'ACCESS EXCLUSIVE']))
       OR NOT (p_table_mode = ANY (ARRAY['SHARE UPDATE EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']))
       OR NOT (coalesce(p_default_mode, 'ACCESS EXCLUSIVE') = 'ACCESS EXCLUSIVE') THEN
        RAISE EXCEPTION 'unexpected lock mode' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR r IN SELECT DISTINCT c.confrelid FROM pg_constraint c
             WHERE c.contype = 'f'
               AND c.conrelid IN (SELECT to_regclass(format('public.%I', t)) FROM unnest(p_tables) t)
               AND c.confrelid NOT IN (SELECT to_regclass(format('public.%I', t)) FROM unnest(p_tables) t)
             ORDER BY c.confrelid LOOP
        EXECUTE format('LOCK TABLE ONLY %s IN %s MODE NOWAIT', r.confrelid::regclass, p_referenced_mode);
    END LOOP;
    FOREACH x IN ARRAY p_tables LOOP
        EXECUTE format('LOCK TABLE ONLY public.%I IN %s MODE NOWAIT', x, p_table_mode);
        IF p_default_mode IS NOT NULL THEN
            EXECUTE format('LOCK TABLE ONLY public.%I IN %s MODE NOWAIT', x || '_default', p_default_mode);
        END IF;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kiroku_lock_for_partition_ddl(text[], text, text, text) FROM PUBLIC;

-- Creates the month partition of a registered top-level table and of the tables that belong to it; rows of that
-- month already caught by the default partitions move into them. False when it exists already.
CREATE FUNCTION kiroku_ensure_partition(p_table text, p_month date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public SET lock_timeout = '5s' SET DateStyle = 'ISO, YMD' SET TimeZone = 'UTC' AS $$
DECLARE
    t partitioned_tables := kiroku_registered_table(p_table);
    v_month date;
    b record;
    v_family text[];
    x text;
    v_key text;
    v_moving boolean := false;
    v_has boolean;
BEGIN
    IF t.parent_table IS NOT NULL THEN
        RAISE EXCEPTION '% is created with %', p_table, t.parent_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_month IS NULL OR p_month < date '2000-01-01' OR p_month >= date '2200-01-01' THEN
        RAISE EXCEPTION 'month out of range' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_month := date_trunc('month', p_month)::date;
    IF to_regclass(format('public.%I', kiroku_partition_name(p_table, v_month))) IS NOT NULL THEN
        RETURN false;
    END IF;
    SELECT * INTO b FROM kiroku_month_bounds(t.key_kind, v_month);
    v_family := ARRAY[p_table] ||
        ARRAY(SELECT table_name FROM partitioned_tables WHERE parent_table = p_table ORDER BY table_name);
    FOREACH x IN ARRAY v_family LOOP
        v_key := (kiroku_registered_table(x)).key_column;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE %I >= %s AND %I < %s)',
                       x || '_default', v_key, b.lower_bound, v_key, b.upper_bound) INTO v_has;
        v_moving := v_moving OR v_has;
    END LOOP;
    -- A new table attached as a partition: attaching takes only a SHARE UPDATE EXCLUSIVE lock on the parent (CREATE
    -- TABLE ... PARTITION OF would take an exclusive one), so check-ins and readers carry on meanwhile.
    IF NOT v_moving THEN
        PERFORM kiroku_lock_for_partition_ddl(v_family, 'SHARE ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE',
                                              'ACCESS EXCLUSIVE');
        FOREACH x IN ARRAY v_family LOOP
            EXECUTE format('CREATE TABLE public.%I (LIKE public.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                           kiroku_partition_name(x, v_month), x);
            EXECUTE format('ALTER TABLE public.%I ATTACH PARTITION public.%I FOR VALUES FROM (%s) TO (%s)',
                           x, kiroku_partition_name(x, v_month), b.lower_bound, b.upper_bound);
        END LOOP;
        RETURN true;
    END IF;
    -- Rows of this month sit in the default partitions: with the family locked (parents first, so no writer slips a
    -- row in between), copy them into new tables, remove them from the defaults (rows that belong to others first),
    -- and attach the new tables (parents first).
    PERFORM kiroku_lock_for_partition_ddl(v_family, 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE');
    FOREACH x IN ARRAY v_family LOOP
        v_key := (kiroku_registered_table(x)).key_column;
        EXECUTE format('CREATE TABLE public.%I (LIKE public.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                       kiroku_partition_name(x, v_month), x);
        EXECUTE format('INSERT INTO public.%I SELECT * FROM public.%I WHERE %I >= %s AND %I < %s',
                       kiroku_partition_name(x, v_month), x || '_default', v_key, b.lower_bound, v_key, b.upper_bound);
    END LOOP;
    FOR i IN REVERSE cardinality(v_family)..1 LOOP
        x := v_family[i];
        v_key := (kiroku_registered_table(x)).key_column;
        EXECUTE format('DELETE FROM public.%I WHERE %I >= %s AND %I < %s',
                       x || '_default', v_key, b.lower_bound, v_key, b.upper_bound);
    END LOOP;
    FOREACH x IN ARRAY v_family LOOP
        EXECUTE format('ALTER TABLE public.%I ATTACH PARTITION public.%I FOR VALUES FROM (%s) TO (%s)',
                       x, kiroku_partition_name(x, v_month), b.lower_bound, b.upper_bound);
    END LOOP;
    RETURN true;
END
$$;

-- The month partitions to have ahead of time that do not exist yet: from the current month, through 3 months ahead
-- for event times and through the longest retention of any store plus 3 months for retention dates.
CREATE FUNCTION kiroku_missing_partitions(p_as_of timestamptz) RETURNS TABLE (table_name text, month date)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public SET TimeZone = 'UTC' AS $$
DECLARE
    t partitioned_tables;
    v_years integer;
    v_today date;
    v_month date;
    v_last date;
BEGIN
    IF p_as_of IS NULL OR p_as_of < timestamptz '2000-01-01 00:00:00+00'
       OR p_as_of >= timestamptz '2190-01-01 00:00:00+00' THEN
        RAISE EXCEPTION 'as-of instant out of range' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT LEAST(10, GREATEST(3, coalesce(max(kiroku_retention_years(s.rules)), 3))) INTO v_years FROM stores s;
    v_today := (p_as_of AT TIME ZONE 'UTC')::date;
    FOR t IN SELECT * FROM partitioned_tables p WHERE p.parent_table IS NULL ORDER BY p.table_name LOOP
        IF t.key_kind = 'retention_date' THEN
            -- No store's local date is later than the UTC date + 1: that month is the first that can hold rows
            -- not yet expired.
            v_month := date_trunc('month', v_today + 1)::date;
            v_last := (date_trunc('month', v_today) + make_interval(years => v_years, months => 3))::date;
        ELSE
            v_month := date_trunc('month', v_today - 1)::date;
            v_last := (date_trunc('month', v_today) + interval '3 months')::date;
        END IF;
        WHILE v_month <= v_last LOOP
            IF to_regclass(format('public.%I', kiroku_partition_name(t.table_name, v_month))) IS NULL THEN
                table_name := t.table_name;
                month := v_month;
                RETURN NEXT;
            END IF;
            v_month := (v_month + interval '1 month')::date;
        END LOOP;
    END LOOP;
END
$$;

-- Creates every missing partition in one transaction (kirokuctl migrate on a quiet database). The server creates
-- them one month at a time instead, each in a short transaction of its own, so that it never holds the locks of
-- many at once while check-ins run. Returns how many it created.
CREATE FUNCTION kiroku_maintain_partitions(p_as_of timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public SET DateStyle = 'ISO, YMD' SET TimeZone = 'UTC' AS $$
DECLARE
    m record;
    v_created integer := 0;
BEGIN
    FOR m IN SELECT * FROM kiroku_missing_partitions(p_as_of) LOOP
        IF kiroku_ensure_partition(m.table_name, m.month) THEN
            v_created := v_created + 1;
        END IF;
    END LOOP;
    RETURN v_created;
END
$$;

-- True when every row the month partition of a registered table can hold is past its retention in every store,
-- and no legal hold in force keeps any row of that month.
CREATE FUNCTION kiroku_partition_expired(p_table text, p_month date, p_as_of timestamptz) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public SET TimeZone = 'UTC' AS $$
DECLARE
    t partitioned_tables := kiroku_registered_table(p_table);
    v_next date;
    v_lower timestamptz;
    v_upper timestamptz;
BEGIN
    IF p_month IS NULL OR p_as_of IS NULL OR p_month <> date_trunc('month', p_month)::date THEN
        RAISE EXCEPTION 'give the first day of a month and an as-of instant' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM stores) THEN
        RETURN false;
    END IF;
    v_next := (p_month + interval '1 month')::date;
    IF t.key_kind = 'retention_date' THEN
        -- Every row's retention ended before the next month began; that day must have come in every store.
        IF EXISTS (SELECT 1 FROM stores s WHERE v_next > (p_as_of AT TIME ZONE s.time_zone)::date) THEN
            RETURN false;
        END IF;
    ELSE
        v_lower := p_month::timestamp AT TIME ZONE 'UTC';
        v_upper := v_next::timestamp AT TIME ZONE 'UTC';
        -- The partition's last local day in each store, kept for that store's years after it (Civil Code arts. 140
        -- and 143, taken the longer way where month ends differ): that store's today must be past it.
        IF EXISTS (SELECT 1 FROM stores s
                   CROSS JOIN LATERAL (SELECT ((v_upper - interval '1 microsecond') AT TIME ZONE s.time_zone)::date AS d,
                                              make_interval(years => kiroku_retention_years(s.rules)) AS y) l
                   WHERE (p_as_of AT TIME ZONE s.time_zone)::date
                         <= GREATEST((l.d + l.y)::date, (l.d + 1 + l.y)::date - 1)) THEN
            RETURN false;
        END IF;
    END IF;
    IF t.hold_rule = 'held_visits' THEN
        RETURN NOT EXISTS (SELECT 1 FROM kiroku_held_visits(p_as_of) h
                           WHERE h.retention_until >= p_month AND h.retention_until < v_next);
    END IF;
    RETURN NOT EXISTS (SELECT 1 FROM kiroku_holds_in_force(p_as_of) f
                       JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.terminal_id IS NOT NULL
                       WHERE i.window_start < v_upper AND i.window_end > v_lower);
END
$$;

-- Detaches and drops the month partition of a registered table when kiroku_partition_expired says so. The tables
-- that belong to it must have dropped that month first. Returns the number of rows dropped, -1 when it refuses
-- (not wholly past retention everywhere, or held), NULL when there is no such partition.
CREATE FUNCTION kiroku_drop_partition(p_table text, p_month date, p_as_of timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public SET lock_timeout = '2s' SET DateStyle = 'ISO, YMD' SET TimeZone = 'UTC' AS $$
DECLARE
    v_name text;
    v_rows bigint;
BEGIN
    PERFORM kiroku_registered_table(p_table);
    IF p_month IS NULL OR p_as_of IS NULL OR p_month <> date_trunc('month', p_month)::date THEN
        RAISE EXCEPTION 'give the first day of a month and an as-of instant' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_name := kiroku_partition_name(p_table, p_month);
    IF to_regclass(format('public.%I', v_name)) IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_inherits
                   WHERE inhrelid = format('public.%I', v_name)::regclass
                     AND inhparent = format('public.%I', p_table)::regclass) THEN
        RAISE EXCEPTION '% is not a partition of %', v_name, p_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM partitioned_tables c
               WHERE c.parent_table = p_table
                 AND to_regclass(format('public.%I', kiroku_partition_name(c.table_name, p_month))) IS NOT NULL) THEN
        RAISE EXCEPTION 'drop the partitions of the tables that belong to % first', p_table
            USING ERRCODE = 'dependent_objects_still_exist';
    END IF;
    IF NOT kiroku_partition_expired(p_table, p_month, p_as_of) THEN
        RETURN -1;
    END IF;
    PERFORM kiroku_lock_for_partition_ddl(ARRAY[p_table], 'ACCESS EXCLUSIVE', 'ACCESS EXCLUSIVE', NULL);
    EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', v_name);
    EXECUTE format('SELECT count(*) FROM public.%I', v_name) INTO v_rows;
    EXECUTE format('ALTER TABLE public.%I DETACH PARTITION public.%I', p_table, v_name);
    EXECUTE format('DROP TABLE public.%I', v_name);
    RETURN v_rows;
END
$$;

-- Deletes (or with p_count_only counts) up to p_limit rows of a registered event-time table for one store that are
-- older than p_before and not inside a terminal window held at p_as_of. Runs with the caller's rights.
CREATE FUNCTION kiroku_purge_event_rows(p_table text, p_store_id bigint, p_before timestamptz, p_as_of timestamptz,
                                        p_limit integer, p_count_only boolean) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    t partitioned_tables := kiroku_registered_table(p_table);
    v_rows bigint;
    v_where text;
BEGIN
    IF t.key_kind <> 'event_time' OR p_store_id IS NULL OR p_before IS NULL OR p_as_of IS NULL
       OR p_limit IS NULL OR p_limit < 1 THEN
        RAISE EXCEPTION 'invalid purge of %', p_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_where := format('e.store_id = $1 AND e.%1$I < $2 AND NOT EXISTS (
        SELECT 1 FROM kiroku_holds_in_force($3) f
        JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.terminal_id IS NOT NULL
        WHERE f.store_id = e.store_id AND i.terminal_id = e.%2$I
          AND e.%1$I >= i.window_start AND e.%1$I < i.window_end)', t.key_column, t.terminal_column);
    IF p_count_only THEN
        EXECUTE format('SELECT count(*) FROM public.%I e WHERE %s', p_table, v_where)
            INTO v_rows USING p_store_id, p_before, p_as_of;
    ELSE
        EXECUTE format('DELETE FROM public.%1$I d WHERE d.store_id = $1 AND d.%2$I < $2 AND (d.tableoid, d.ctid) IN (
                            SELECT e.tableoid, e.ctid FROM public.%1$I e WHERE %3$s LIMIT $4)',
                       p_table, t.key_column, v_where)
            USING p_store_id, p_before, p_as_of, p_limit;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
    END IF;
    RETURN v_rows;
END
$$;

-- Rows of a registered event-time table for one store, older than p_before, that holds in force keep: per hold.
CREATE FUNCTION kiroku_held_event_rows(p_table text, p_store_id bigint, p_before timestamptz, p_as_of timestamptz)
RETURNS TABLE (hold_id uuid, held bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    t partitioned_tables := kiroku_registered_table(p_table);
BEGIN
    IF t.key_kind <> 'event_time' THEN
        RAISE EXCEPTION '% is not an event-time table', p_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY EXECUTE format('SELECT f.hold_id, count(*) FROM kiroku_holds_in_force($3) f
        JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.terminal_id IS NOT NULL
        JOIN public.%1$I e ON e.store_id = f.store_id AND e.%3$I = i.terminal_id
            AND e.%2$I >= i.window_start AND e.%2$I < i.window_end
        WHERE f.store_id = $1 AND e.%2$I < $2
        GROUP BY f.hold_id', p_table, t.key_column, t.terminal_column)
        USING p_store_id, p_before, p_as_of;
END
$$;

-- How many rows of any table refer to data key p_key_id (identity records, and whatever later tables keep their fields
-- under the retention months' keys): a key is destroyed only when none does. Runs with the caller's rights.
CREATE FUNCTION kiroku_key_references(p_key_id integer) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    r record;
    v_count bigint;
    v_total bigint := 0;
BEGIN
    FOR r IN SELECT c.conrelid::regclass AS referring, a.attname AS column_name
             FROM pg_constraint c
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             WHERE c.contype = 'f' AND c.confrelid = 'public.data_keys'::regclass AND cardinality(c.conkey) = 1
               AND c.conparentid = 0
             ORDER BY 1 LOOP
        EXECUTE format('SELECT count(*) FROM %s WHERE %I = $1', r.referring, r.column_name) INTO v_count
            USING p_key_id;
        v_total := v_total + v_count;
    END LOOP;
    RETURN v_total;
END
$$;

-- --- copy the V002 rows -----------------------------------------------------------------------------------------
DO $$
DECLARE
    m date;
BEGIN
    FOR m IN SELECT DISTINCT date_trunc('month', retention_until)::date FROM kiroku_v002_moved.visits
             WHERE retention_until IS NOT NULL ORDER BY 1 LOOP
        PERFORM kiroku_ensure_partition('visits', m);
    END LOOP;
    FOR m IN SELECT DISTINCT date_trunc('month', at AT TIME ZONE 'UTC')::date FROM kiroku_v002_moved.terminal_events
             ORDER BY 1 LOOP
        PERFORM kiroku_ensure_partition('terminal_events', m);
    END LOOP;
END
$$;

INSERT INTO visits (id, store_id, identity_record_id, member_id, started_at, started_by, ended_at, ended_by, minor,
                    minor_must_leave_at, retention_until)
SELECT id, store_id, identity_record_id, member_id, started_at, started_by, ended_at, ended_by, minor,
       minor_must_leave_at, coalesce(retention_until, 'infinity')
FROM kiroku_v002_moved.visits;

INSERT INTO visit_segments (id, store_id, visit_id, booth_id, terminal_id, started_at, ended_at, retention_until)
OVERRIDING SYSTEM VALUE
SELECT s.id, s.store_id, s.visit_id, s.booth_id, s.terminal_id, s.started_at, s.ended_at,
       coalesce(v.retention_until, 'infinity')
FROM kiroku_v002_moved.visit_segments s
JOIN kiroku_v002_moved.visits v ON v.store_id = s.store_id AND v.id = s.visit_id;

INSERT INTO terminal_events (id, store_id, terminal_id, at, kind, private_ip, mac_address, event_key, received_at)
OVERRIDING SYSTEM VALUE
SELECT id, store_id, terminal_id, at, kind, private_ip, mac_address, event_key, received_at
FROM kiroku_v002_moved.terminal_events;

SELECT setval(pg_get_serial_sequence('visit_segments', 'id'),
              greatest(1, (SELECT coalesce(max(id), 0) FROM kiroku_v002_moved.visit_segments)),
              (SELECT count(*) > 0 FROM kiroku_v002_moved.visit_segments));
SELECT setval(pg_get_serial_sequence('terminal_events', 'id'),
              greatest(1, (SELECT coalesce(max(id), 0) FROM kiroku_v002_moved.terminal_events)),
              (SELECT count(*) > 0 FROM kiroku_v002_moved.terminal_events));

DROP SCHEMA kiroku_v002_moved CASCADE;

-- The per-day counts of V003 (terminal_event_days) already hold the rows copied above; from here on the same
-- triggers keep them. Dropping a month's partition fires no trigger: the purge recounts the days it removed.
CREATE TRIGGER terminal_events_count_insert AFTER INSERT ON terminal_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION terminal_event_days_count();
CREATE TRIGGER terminal_events_count_delete AFTER DELETE ON terminal_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION terminal_event_days_count();
CREATE TRIGGER terminal_events_count_update AFTER UPDATE ON terminal_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION terminal_event_days_count();

-- --- what the server's role may do -------------------------------------------------------------------------------
REVOKE ALL ON FUNCTION kiroku_ensure_partition(text, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION kiroku_maintain_partitions(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION kiroku_drop_partition(text, date, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION kiroku_purge_event_rows(text, bigint, timestamptz, timestamptz, integer, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiroku_ensure_partition(text, date) TO kiroku_app;
GRANT EXECUTE ON FUNCTION kiroku_maintain_partitions(timestamptz) TO kiroku_app;
GRANT EXECUTE ON FUNCTION kiroku_drop_partition(text, date, timestamptz) TO kiroku_app;
GRANT EXECUTE ON FUNCTION kiroku_purge_event_rows(text, bigint, timestamptz, timestamptz, integer, boolean)
    TO kiroku_app;

-- The tables replaced and added here get V003's default grants (SELECT, INSERT, UPDATE, DELETE); these are narrowed.
GRANT SELECT, INSERT, UPDATE, DELETE ON visits, visit_segments, terminal_events TO kiroku_app;
GRANT USAGE ON SEQUENCE visit_segments_id_seq, terminal_events_id_seq, legal_hold_items_id_seq TO kiroku_app;
-- The registry decides which tables the partition functions may change: the server only reads it.
REVOKE ALL ON partitioned_tables FROM kiroku_app;
GRANT SELECT ON partitioned_tables TO kiroku_app;
-- A hold is placed and released, never deleted; what it names never changes.
REVOKE ALL ON legal_holds, legal_hold_items FROM kiroku_app;
GRANT SELECT, INSERT, UPDATE ON legal_holds TO kiroku_app;
GRANT SELECT, INSERT ON legal_hold_items TO kiroku_app;
-- Certificates are only appended; the vault instance is made once.
REVOKE ALL ON purge_certificates, key_vault_instance FROM kiroku_app;
GRANT SELECT, INSERT ON purge_certificates, key_vault_instance TO kiroku_app;
-- The purge deletes records past retention and destroys their keys.
GRANT SELECT, UPDATE, DELETE ON identity_records TO kiroku_app;
GRANT SELECT, DELETE ON members, member_cards TO kiroku_app;
GRANT SELECT, INSERT, UPDATE ON data_keys TO kiroku_app;
GRANT USAGE ON SEQUENCE data_keys_id_seq TO kiroku_app;
GRANT SELECT ON stores, terminals TO kiroku_app;

-- --- indexes the later migrations made on the tables replaced here -----------------------------------------------
-- V005: which terminal had a private address at a time (the latest address assignment at or before it).
CREATE INDEX terminal_events_ip_assigned_idx ON terminal_events (store_id, private_ip, at) WHERE kind = 'ip_assigned';
-- V006: the lookups of a police answer (a visit's segments; a booth's or terminal's segments ending after a time).
CREATE INDEX visit_segments_visit_idx ON visit_segments (visit_id, started_at);
CREATE INDEX visit_segments_booth_end_idx ON visit_segments (booth_id, ended_at);
CREATE INDEX visit_segments_terminal_end_idx ON visit_segments (terminal_id, ended_at);

-- --- purge certificates are append-only ---------------------------------------------------------------------------
-- Each store a purge covered signs the certificate's canonical document (RFC 8785) with its Ed25519 key
-- (store_signing_keys); the store's audit chain names the certificate and the document's SHA-256.
CREATE TABLE purge_certificate_signatures (
    certificate_id uuid    NOT NULL REFERENCES purge_certificates (id),
    store_id       bigint  NOT NULL REFERENCES stores (id),
    signing_key_id integer NOT NULL REFERENCES store_signing_keys (id),
    document       text    NOT NULL,
    signature      bytea   NOT NULL CHECK (length(signature) = 64),
    PRIMARY KEY (certificate_id, store_id)
);
COMMENT ON TABLE purge_certificate_signatures IS
    'a purge certificate as one store saw it (canonical JSON, no personal data), signed with the store''s key';
CREATE INDEX purge_certificate_signatures_store_idx ON purge_certificate_signatures (store_id);

CREATE TRIGGER purge_certificates_append_only BEFORE UPDATE OR DELETE ON purge_certificates
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER purge_certificates_no_truncate BEFORE TRUNCATE ON purge_certificates
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER purge_certificate_signatures_append_only BEFORE UPDATE OR DELETE ON purge_certificate_signatures
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER purge_certificate_signatures_no_truncate BEFORE TRUNCATE ON purge_certificate_signatures
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
REVOKE ALL ON purge_certificate_signatures FROM kiroku_app;
GRANT SELECT, INSERT ON purge_certificate_signatures TO kiroku_app;

-- --- NAT mappings: purged by the same daily job ----------------------------------------------------------------------
-- NAT mappings (V005) are terminal-usage records kept as long as the terminal events they explain. Drops every
-- monthly partition of nat_mappings whose month ended and whose mappings all ended (ended_at, else key_at) before
-- p_before — the purge passes the earliest instant at which any store's retention of the day is still running —
-- and returns each partition dropped with its row count. Runs as the migrating role (the server may not drop
-- tables); only ever touches nat_mappings' partitions.
CREATE FUNCTION kiroku_purge_nat_partitions(p_before timestamptz, p_count_only boolean)
RETURNS TABLE (partition_name text, row_count bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET lock_timeout = '2s' AS $$
DECLARE
    part record;
    v_latest timestamptz;
    v_rows bigint;
BEGIN
    IF p_before IS NULL OR p_count_only IS NULL THEN
        RAISE EXCEPTION 'give an instant' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF to_regclass('public.nat_mappings') IS NULL THEN
        RETURN;
    END IF;
    FOR part IN
        SELECT c.relname::text AS name,
               (to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month')::timestamp AT TIME ZONE 'UTC' AS month_end
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'public.nat_mappings'::regclass AND c.relname ~ '^nat_mappings_p[0-9]{6}$'
        ORDER BY c.relname
    LOOP
        CONTINUE WHEN part.month_end > p_before;
        EXECUTE format('SELECT max(coalesce(ended_at, key_at)), count(*) FROM public.%I', part.name)
            INTO v_latest, v_rows;
        CONTINUE WHEN v_latest IS NOT NULL AND v_latest >= p_before;
        IF NOT p_count_only THEN
            EXECUTE format('DROP TABLE public.%I', part.name);
        END IF;
        partition_name := part.name;
        row_count := v_rows;
        RETURN NEXT;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kiroku_purge_nat_partitions(timestamptz, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiroku_purge_nat_partitions(timestamptz, boolean) TO kiroku_app;
