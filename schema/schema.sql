--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_head_advance(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_head_advance() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_heads rows are never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.chain_id <> OLD.chain_id OR NEW.seq <> OLD.seq + 1 THEN
        RAISE EXCEPTION 'an audit chain head only advances by one entry' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;


--
-- Name: audit_refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;


--
-- Name: kiroku_check_segment_visit(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_check_segment_visit() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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


--
-- Name: kiroku_check_visits_left_no_segments(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_check_visits_left_no_segments() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $$
DECLARE
    v_id uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT o.id INTO v_id
        FROM old_visits o
        WHERE EXISTS (SELECT 1 FROM visit_segments s
                      WHERE s.store_id = o.store_id AND s.visit_id = o.id AND s.retention_until = o.retention_until)
        LIMIT 1;
    ELSE
        SELECT o.id INTO v_id
        FROM old_visits o
        WHERE NOT EXISTS (SELECT 1 FROM new_visits n
                          WHERE n.store_id = o.store_id AND n.id = o.id AND n.retention_until = o.retention_until)
          AND EXISTS (SELECT 1 FROM visit_segments s
                      WHERE s.store_id = o.store_id AND s.visit_id = o.id AND s.retention_until = o.retention_until)
        LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION 'visit % still has segments under its former key', v_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'visit_segments_visit_fkey';
    END IF;
    RETURN NULL;
END
$$;


--
-- Name: kiroku_drop_partition(text, date, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_drop_partition(p_table text, p_month date, p_as_of timestamp with time zone) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    SET lock_timeout TO '2s'
    SET "DateStyle" TO 'ISO, YMD'
    SET "TimeZone" TO 'UTC'
    AS $$
DECLARE
    v_ready boolean;
    v_rows bigint;
BEGIN
    v_ready := kiroku_prepare_partition_drop(p_table, p_month, p_as_of);
    IF v_ready IS NULL THEN
        RETURN NULL;
    ELSIF NOT v_ready THEN
        RETURN -1;
    END IF;
    EXECUTE format('SELECT count(*) FROM public.%I', kiroku_partition_name(p_table, p_month)) INTO v_rows;
    PERFORM kiroku_drop_prepared_partition(p_table, p_month);
    RETURN v_rows;
END
$$;


--
-- Name: kiroku_drop_partition_by_store(text, date, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_drop_partition_by_store(p_table text, p_month date, p_as_of timestamp with time zone) RETURNS TABLE(store_id bigint, row_count bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    SET lock_timeout TO '2s'
    SET "DateStyle" TO 'ISO, YMD'
    SET "TimeZone" TO 'UTC'
    AS $$
DECLARE
    v_ready boolean;
    v_stores bigint[];
    v_counts bigint[];
BEGIN
    v_ready := kiroku_prepare_partition_drop(p_table, p_month, p_as_of);
    IF v_ready IS NULL THEN
        RETURN;
    ELSIF NOT v_ready THEN
        store_id := NULL;
        row_count := -1;
        RETURN NEXT;
        RETURN;
    END IF;
    EXECUTE format('SELECT array_agg(x.s ORDER BY x.s), array_agg(x.n ORDER BY x.s) '
                   'FROM (SELECT store_id AS s, count(*) AS n FROM public.%I GROUP BY store_id) x',
                   kiroku_partition_name(p_table, p_month))
        INTO v_stores, v_counts;
    PERFORM kiroku_drop_prepared_partition(p_table, p_month);
    IF v_stores IS NULL THEN
        store_id := NULL;
        row_count := 0;
        RETURN NEXT;
        RETURN;
    END IF;
    FOR i IN 1..cardinality(v_stores) LOOP
        store_id := v_stores[i];
        row_count := v_counts[i];
        RETURN NEXT;
    END LOOP;
END
$$;


--
-- Name: kiroku_drop_prepared_partition(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_drop_prepared_partition(p_table text, p_month date) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $$
BEGIN
    PERFORM kiroku_registered_table(p_table);
    EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', p_table);
    EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', p_table || '_default');
    EXECUTE format('DROP TABLE public.%I', kiroku_partition_name(p_table, p_month));
END
$$;


--
-- Name: kiroku_ensure_partition(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_ensure_partition(p_table text, p_month date) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    SET lock_timeout TO '5s'
    SET "DateStyle" TO 'ISO, YMD'
    SET "TimeZone" TO 'UTC'
    AS $$
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


--
-- Name: kiroku_held_event_rows(text, bigint, timestamp with time zone, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_held_event_rows(p_table text, p_store_id bigint, p_before timestamp with time zone, p_as_of timestamp with time zone) RETURNS TABLE(hold_id uuid, held bigint)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $_$
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
$_$;


--
-- Name: kiroku_held_identities(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_held_identities(p_as_of timestamp with time zone) RETURNS TABLE(hold_id uuid, store_id bigint, identity_record_id uuid, until date)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $$
    SELECT f.hold_id, f.store_id, i.identity_record_id, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.identity_record_id IS NOT NULL
    UNION
    SELECT h.hold_id, h.store_id, h.identity_record_id, h.until FROM kiroku_held_visits(p_as_of) h
$$;


--
-- Name: kiroku_held_nat_months(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_held_nat_months(p_as_of timestamp with time zone) RETURNS TABLE(hold_id uuid, store_id bigint, month date)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $$
    SELECT DISTINCT f.hold_id, f.store_id, date_trunc('month', i.nat_key_at AT TIME ZONE 'UTC')::date
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.nat_key_at IS NOT NULL
$$;


--
-- Name: kiroku_held_police_requests(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_held_police_requests(p_as_of timestamp with time zone) RETURNS TABLE(hold_id uuid, store_id bigint, police_request_id uuid, until date)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $$
    SELECT f.hold_id, f.store_id, h.police_request_id, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_holds h ON h.id = f.hold_id AND h.police_request_id IS NOT NULL
$$;


--
-- Name: kiroku_held_visits(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_held_visits(p_as_of timestamp with time zone) RETURNS TABLE(hold_id uuid, store_id bigint, visit_id uuid, identity_record_id uuid, retention_until date, until date)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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


--
-- Name: kiroku_holds_in_force(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_holds_in_force(p_as_of timestamp with time zone) RETURNS TABLE(hold_id uuid, store_id bigint, until date)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $$
    SELECT h.id, h.store_id, h.until
    FROM legal_holds h JOIN stores s ON s.id = h.store_id
    WHERE h.released_at IS NULL AND h.until >= (p_as_of AT TIME ZONE s.time_zone)::date
$$;


--
-- Name: kiroku_key_references(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_key_references(p_key_id integer) RETURNS bigint
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $_$
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
$_$;


--
-- Name: kiroku_lock_for_partition_ddl(text[], text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_lock_for_partition_ddl(p_tables text[], p_referenced_mode text, p_table_mode text, p_default_mode text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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


--
-- Name: kiroku_maintain_partitions(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_maintain_partitions(p_as_of timestamp with time zone) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    SET "DateStyle" TO 'ISO, YMD'
    SET "TimeZone" TO 'UTC'
    AS $$
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


--
-- Name: kiroku_missing_partitions(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_missing_partitions(p_as_of timestamp with time zone) RETURNS TABLE(table_name text, month date)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public'
    SET "TimeZone" TO 'UTC'
    AS $$
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


--
-- Name: kiroku_month_bounds(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_month_bounds(p_kind text, p_month date, OUT lower_bound text, OUT upper_bound text) RETURNS record
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog'
    AS $$
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


--
-- Name: kiroku_partition_expired(text, date, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_partition_expired(p_table text, p_month date, p_as_of timestamp with time zone) RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public'
    SET "TimeZone" TO 'UTC'
    AS $$
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


--
-- Name: kiroku_partition_name(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_partition_name(p_table text, p_month date) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog'
    AS $$
    SELECT p_table || '_p' || to_char(p_month, 'YYYYMM')
$$;


--
-- Name: kiroku_prepare_partition_drop(text, date, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_prepare_partition_drop(p_table text, p_month date, p_as_of timestamp with time zone) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $$
DECLARE
    v_name text;
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
        RETURN false;
    END IF;
    EXECUTE format('LOCK TABLE ONLY public.%I IN SHARE MODE NOWAIT', v_name);
    RETURN true;
END
$$;


--
-- Name: kiroku_purge_event_rows(text, bigint, timestamp with time zone, timestamp with time zone, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_purge_event_rows(p_table text, p_store_id bigint, p_before timestamp with time zone, p_as_of timestamp with time zone, p_limit integer, p_count_only boolean) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $_$
DECLARE
    t partitioned_tables := kiroku_registered_table(p_table);
    v_rows bigint;
    v_where text;
    v_last timestamptz;
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
        RETURN v_rows;
    END IF;
    -- The batch: every row due, up to the instant of the p_limit-th (rows of that same instant go with it); when
    -- fewer are due, all of them.
    EXECUTE format('SELECT e.%1$I FROM public.%2$I e WHERE %3$s ORDER BY e.store_id, e.%1$I OFFSET $4 - 1 LIMIT 1',
                   t.key_column, p_table, v_where)
        INTO v_last USING p_store_id, p_before, p_as_of, p_limit;
    IF v_last IS NULL THEN
        EXECUTE format('DELETE FROM public.%I e WHERE %s', p_table, v_where) USING p_store_id, p_before, p_as_of;
    ELSE
        EXECUTE format('DELETE FROM public.%I e WHERE %s AND e.%I <= $4', p_table, v_where, t.key_column)
            USING p_store_id, p_before, p_as_of, v_last;
    END IF;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$_$;


--
-- Name: kiroku_purge_nat_partitions(timestamp with time zone, timestamp with time zone, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_purge_nat_partitions(p_before timestamp with time zone, p_as_of timestamp with time zone, p_count_only boolean) RETURNS TABLE(partition_name text, store_id bigint, row_count bigint, hold_id uuid, hold_store_id bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    SET lock_timeout TO '2s'
    AS $_$
DECLARE
    part record;
    h record;
    v_latest timestamptz;
    v_kept bigint;
    v_stores bigint[];
    v_counts bigint[];
    v_held boolean;
    v_named constant text := 'EXISTS (SELECT 1 FROM kiroku_holds_in_force($1) f
        JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.nat_key_at IS NOT NULL
        WHERE i.store_id = m.store_id AND i.nat_public_ip = m.public_ip AND i.nat_public_port = m.public_port
          AND i.nat_key_at = m.key_at)';
BEGIN
    IF p_before IS NULL OR p_as_of IS NULL OR p_count_only IS NULL THEN
        RAISE EXCEPTION 'give the instants' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF to_regclass('public.nat_mappings') IS NULL THEN
        RETURN;
    END IF;
    FOR part IN
        SELECT c.relname::text AS name, to_date(right(c.relname, 6), 'YYYYMM') AS month,
               (to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month')::timestamp AT TIME ZONE 'UTC' AS month_end
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'public.nat_mappings'::regclass AND c.relname ~ '^nat_mappings_p[0-9]{6}$'
        ORDER BY c.relname
    LOOP
        CONTINUE WHEN part.month_end > p_before;
        EXECUTE format('SELECT max(coalesce(ended_at, key_at)) FROM public.%I', part.name) INTO v_latest;
        CONTINUE WHEN v_latest IS NOT NULL AND v_latest >= p_before;
        partition_name := part.name;
        v_held := EXISTS (SELECT 1 FROM kiroku_held_nat_months(p_as_of) m WHERE m.month = part.month);
        IF v_held THEN
            EXECUTE format('SELECT count(*) FROM public.%I m WHERE %s', part.name, v_named) INTO v_kept USING p_as_of;
            IF v_kept = 0 THEN
                v_held := false; -- the holds name mappings of this month that are no longer stored
            END IF;
        END IF;
        IF v_held THEN
            FOR h IN SELECT m.hold_id, m.store_id FROM kiroku_held_nat_months(p_as_of) m WHERE m.month = part.month
                     ORDER BY m.hold_id LOOP
                store_id := NULL;
                row_count := v_kept;
                hold_id := h.hold_id;
                hold_store_id := h.store_id;
                RETURN NEXT;
            END LOOP;
            EXECUTE format('SELECT array_agg(x.s ORDER BY x.s), array_agg(x.n ORDER BY x.s) '
                           'FROM (SELECT m.store_id AS s, count(*) AS n FROM public.%I m WHERE NOT %s '
                           'GROUP BY m.store_id) x', part.name, v_named)
                INTO v_stores, v_counts USING p_as_of;
            IF NOT p_count_only AND v_stores IS NOT NULL THEN
                CREATE TEMP TABLE kiroku_kept_nat_mappings (LIKE public.nat_mappings) ON COMMIT DROP;
                EXECUTE format('INSERT INTO pg_temp.kiroku_kept_nat_mappings SELECT m.* FROM public.%I m WHERE %s',
                               part.name, v_named) USING p_as_of;
                EXECUTE format('DROP TABLE public.%I', part.name);
                PERFORM nat_mappings_ensure_partition(part.month);
                INSERT INTO public.nat_mappings SELECT * FROM pg_temp.kiroku_kept_nat_mappings;
                DROP TABLE pg_temp.kiroku_kept_nat_mappings;
            END IF;
        ELSE
            EXECUTE format('SELECT array_agg(x.s ORDER BY x.s), array_agg(x.n ORDER BY x.s) '
                           'FROM (SELECT store_id AS s, count(*) AS n FROM public.%I GROUP BY store_id) x', part.name)
                INTO v_stores, v_counts;
            IF NOT p_count_only THEN
                EXECUTE format('DROP TABLE public.%I', part.name);
            END IF;
        END IF;
        hold_id := NULL;
        hold_store_id := NULL;
        IF v_stores IS NULL THEN
            IF NOT v_held THEN
                store_id := NULL;
                row_count := 0;
                RETURN NEXT;
            END IF;
        ELSE
            FOR i IN 1..cardinality(v_stores) LOOP
                store_id := v_stores[i];
                row_count := v_counts[i];
                RETURN NEXT;
            END LOOP;
        END IF;
    END LOOP;
END
$_$;


--
-- Name: kiroku_refuse_destroyed_key(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_refuse_destroyed_key() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public'
    AS $$
BEGIN
    PERFORM 1 FROM data_keys WHERE id = NEW.key_id AND destroyed_at IS NULL FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'data key % is destroyed or unknown', NEW.key_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: partitioned_tables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partitioned_tables (
    table_name text NOT NULL,
    key_column text NOT NULL,
    key_kind text NOT NULL,
    parent_table text,
    hold_rule text NOT NULL,
    terminal_column text,
    CONSTRAINT partitioned_tables_check CHECK (((hold_rule = 'terminal_windows'::text) = (terminal_column IS NOT NULL))),
    CONSTRAINT partitioned_tables_check1 CHECK (((key_kind = 'event_time'::text) OR (parent_table IS NULL) OR (hold_rule = 'held_visits'::text))),
    CONSTRAINT partitioned_tables_hold_rule_check CHECK ((hold_rule = ANY (ARRAY['held_visits'::text, 'terminal_windows'::text]))),
    CONSTRAINT partitioned_tables_key_column_check CHECK ((key_column ~ '^[a-z][a-z0-9_]{0,62}$'::text)),
    CONSTRAINT partitioned_tables_key_kind_check CHECK ((key_kind = ANY (ARRAY['retention_date'::text, 'event_time'::text]))),
    CONSTRAINT partitioned_tables_table_name_check CHECK ((table_name ~ '^[a-z][a-z0-9_]{0,40}$'::text)),
    CONSTRAINT partitioned_tables_terminal_column_check CHECK ((terminal_column ~ '^[a-z][a-z0-9_]{0,62}$'::text))
);


--
-- Name: TABLE partitioned_tables; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.partitioned_tables IS 'monthly partitioned tables (<table>_pYYYYMM) that the purge drops or deletes from; register a new one here';


--
-- Name: kiroku_registered_table(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_registered_table(p_table text) RETURNS public.partitioned_tables
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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


--
-- Name: kiroku_retention_years(jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.kiroku_retention_years(p_rules jsonb) RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog'
    AS $_$
    SELECT CASE WHEN p_rules ->> 'retention_years' ~ '^[0-9]{1,3}(\.[0-9]+)?$'
                THEN GREATEST(1, ceil((p_rules ->> 'retention_years')::numeric)::integer)
                ELSE 3 END
$_$;


--
-- Name: nat_mappings_drop_expired(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.nat_mappings_drop_expired(today date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $_$
DECLARE
    part record;
    latest timestamptz;
    cutoff timestamptz := (today - interval '3 years' - interval '1 day')::timestamp AT TIME ZONE 'UTC';
    dropped integer := 0;
BEGIN
    FOR part IN
        SELECT c.oid::regclass AS name,
               (to_date(right(c.relname, 6), 'YYYYMM') + interval '1 month')::timestamp AT TIME ZONE 'UTC' AS month_end
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'nat_mappings'::regclass AND c.relname ~ '^nat_mappings_p[0-9]{6}$'
        ORDER BY c.relname
    LOOP
        CONTINUE WHEN part.month_end > cutoff;
        EXECUTE format('SELECT max(coalesce(ended_at, key_at)) FROM %s', part.name) INTO latest;
        IF latest IS NULL OR latest < cutoff THEN
            EXECUTE format('DROP TABLE %s', part.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END;
$_$;


--
-- Name: nat_mappings_ensure_partition(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.nat_mappings_ensure_partition(month date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
DECLARE
    first_day date := date_trunc('month', month)::date;
    partition_name text := 'nat_mappings_p' || to_char(first_day, 'YYYYMM');
BEGIN
    IF to_regclass('public.' || partition_name) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7403162022);
    IF to_regclass('public.' || partition_name) IS NOT NULL THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE TABLE public.%I PARTITION OF public.nat_mappings FOR VALUES FROM (%L) TO (%L)', partition_name,
                   first_day::timestamp AT TIME ZONE 'UTC',
                   (first_day + interval '1 month')::timestamp AT TIME ZONE 'UTC');
END;
$$;


--
-- Name: terminal_event_days_count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.terminal_event_days_count() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE terminal_event_days d SET events = d.events - o.n
        FROM (SELECT e.store_id, e.terminal_id, (e.at AT TIME ZONE s.time_zone)::date AS day, count(*) AS n
              FROM old_rows e JOIN stores s ON s.id = e.store_id GROUP BY 1, 2, 3) o
        WHERE d.store_id = o.store_id AND d.terminal_id = o.terminal_id AND d.day = o.day;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO terminal_event_days (store_id, terminal_id, day, events)
        SELECT e.store_id, e.terminal_id, (e.at AT TIME ZONE s.time_zone)::date, count(*)
        FROM new_rows e JOIN stores s ON s.id = e.store_id GROUP BY 1, 2, 3
        ON CONFLICT (store_id, day, terminal_id) DO UPDATE SET events = terminal_event_days.events + EXCLUDED.events;
    END IF;
    RETURN NULL;
END
$$;


--
-- Name: audit_checkpoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_checkpoints (
    id bigint NOT NULL,
    chain_id bigint NOT NULL,
    store_id bigint NOT NULL,
    length bigint NOT NULL,
    head_hash bytea NOT NULL,
    created_at timestamp with time zone NOT NULL,
    key_id integer NOT NULL,
    payload text NOT NULL,
    signature bytea NOT NULL,
    CONSTRAINT audit_checkpoints_check CHECK ((chain_id = store_id)),
    CONSTRAINT audit_checkpoints_head_hash_check CHECK ((length(head_hash) = 32)),
    CONSTRAINT audit_checkpoints_length_check CHECK ((length >= 0)),
    CONSTRAINT audit_checkpoints_signature_check CHECK ((length(signature) = 64))
);


--
-- Name: audit_checkpoints_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_checkpoints ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_checkpoints_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_heads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_heads (
    chain_id bigint NOT NULL,
    store_id bigint,
    seq bigint NOT NULL,
    hash bytea NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_heads_check CHECK ((chain_id = COALESCE(store_id, (0)::bigint))),
    CONSTRAINT audit_heads_hash_check CHECK ((length(hash) = 32)),
    CONSTRAINT audit_heads_seq_check CHECK ((seq >= 0))
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    chain_id bigint NOT NULL,
    seq bigint NOT NULL,
    store_id bigint,
    at timestamp with time zone NOT NULL,
    action text NOT NULL,
    staff_id bigint,
    entry jsonb NOT NULL,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL,
    CONSTRAINT audit_log_action_check CHECK ((action ~ '^[a-z_]+\.[a-z_]+$'::text)),
    CONSTRAINT audit_log_check CHECK ((chain_id = COALESCE(store_id, (0)::bigint))),
    CONSTRAINT audit_log_entry_check CHECK ((jsonb_typeof(entry) = 'object'::text)),
    CONSTRAINT audit_log_hash_check CHECK ((length(hash) = 32)),
    CONSTRAINT audit_log_prev_hash_check CHECK ((length(prev_hash) = 32)),
    CONSTRAINT audit_log_seq_check CHECK ((seq >= 1))
);


--
-- Name: TABLE audit_log; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.audit_log IS 'append-only hash chain per store: hash = SHA-256(prev_hash || RFC 8785 canonical entry)';


--
-- Name: auth_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_sessions (
    id bigint NOT NULL,
    staff_id bigint NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: auth_sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_sessions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.auth_sessions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: booths; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.booths (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    label text NOT NULL,
    kind text DEFAULT 'open_seat'::text NOT NULL,
    status text DEFAULT 'free'::text NOT NULL,
    CONSTRAINT booths_kind_check CHECK ((kind = ANY (ARRAY['open_seat'::text, 'reclining'::text, 'flat'::text, 'private_room'::text, 'pair'::text]))),
    CONSTRAINT booths_label_check CHECK (((length(label) >= 1) AND (length(label) <= 32))),
    CONSTRAINT booths_status_check CHECK ((status = ANY (ARRAY['free'::text, 'occupied'::text, 'cleaning'::text, 'out_of_service'::text])))
);


--
-- Name: booths_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.booths ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.booths_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: data_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.data_keys (
    id integer NOT NULL,
    purpose text NOT NULL,
    scope text NOT NULL,
    kek_version integer NOT NULL,
    wrapped_key bytea,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    retired_at timestamp with time zone,
    destroyed_at timestamp with time zone,
    vault boolean DEFAULT false NOT NULL,
    CONSTRAINT data_keys_check CHECK (((destroyed_at IS NULL) = (wrapped_key IS NOT NULL))),
    CONSTRAINT data_keys_police_scope_check CHECK (((purpose = 'police_fields'::text) = (scope ~~ 'police:%'::text))),
    CONSTRAINT data_keys_purpose_check CHECK ((purpose = ANY (ARRAY['personal_fields'::text, 'police_fields'::text, 'index_root'::text]))),
    CONSTRAINT data_keys_scope_check CHECK ((scope ~ '^((retention|police):[0-9]{4}-[0-9]{2}|global)$'::text))
);


--
-- Name: COLUMN data_keys.vault; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.data_keys.vault IS 'the key needs its half in the key vault directory (destroyed with the month)';


--
-- Name: data_keys_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.data_keys ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.data_keys_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: gateways; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gateways (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    name text NOT NULL,
    credential_hash text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT gateways_name_check CHECK ((name ~ '^[a-z0-9][a-z0-9._-]{0,31}$'::text))
);


--
-- Name: COLUMN gateways.credential_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.gateways.credential_hash IS 'keyed hash of the gateway''s credential for NAT log uploads';


--
-- Name: gateways_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.gateways ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.gateways_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idempotency_keys (
    store_id bigint NOT NULL,
    key text NOT NULL,
    staff_id bigint NOT NULL,
    request_hash text NOT NULL,
    response_status integer NOT NULL,
    response_body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT idempotency_keys_key_check CHECK (((length(key) >= 8) AND (length(key) <= 128)))
);


--
-- Name: identity_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_records (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    verified_at timestamp with time zone NOT NULL,
    verified_by bigint NOT NULL,
    method text NOT NULL,
    document_kind text NOT NULL,
    document_issuer text,
    document_expires_on date,
    document_issued_on date,
    nationality text,
    address_on_document boolean NOT NULL,
    address_proof_kind text,
    address_proof_date date,
    key_id integer NOT NULL,
    name_enc bytea NOT NULL,
    name_kana_enc bytea,
    address_enc bytea NOT NULL,
    date_of_birth_enc bytea NOT NULL,
    document_number_enc bytea,
    name_dob_bidx bytea NOT NULL,
    document_number_bidx bytea,
    last_service_on date NOT NULL,
    retention_until date NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT identity_records_address_proof_kind_check CHECK ((address_proof_kind = ANY (ARRAY['tax_receipt'::text, 'social_insurance_receipt'::text, 'utility_bill'::text, 'other_public_receipt'::text]))),
    CONSTRAINT identity_records_check CHECK (((address_proof_kind IS NULL) = (address_proof_date IS NULL))),
    CONSTRAINT identity_records_check1 CHECK ((retention_until > last_service_on)),
    CONSTRAINT identity_records_method_check CHECK ((method = ANY (ARRAY['ic_chip'::text, 'mrz'::text, 'visual'::text]))),
    CONSTRAINT identity_records_nationality_check CHECK ((nationality ~ '^[A-Z]{1,3}$'::text))
);


--
-- Name: TABLE identity_records; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.identity_records IS '本人確認記録: personal fields encrypted, searched through blind indexes';


--
-- Name: key_vault_instance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.key_vault_instance (
    singleton boolean DEFAULT true NOT NULL,
    id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT key_vault_instance_singleton_check CHECK (singleton)
);


--
-- Name: legal_hold_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_hold_items (
    id bigint NOT NULL,
    hold_id uuid NOT NULL,
    store_id bigint NOT NULL,
    identity_record_id uuid,
    visit_id uuid,
    terminal_id bigint,
    window_start timestamp with time zone,
    window_end timestamp with time zone,
    nat_public_ip inet,
    nat_public_port integer,
    nat_key_at timestamp with time zone,
    CONSTRAINT legal_hold_items_check CHECK ((num_nonnulls(identity_record_id, visit_id, terminal_id, nat_key_at) = 1)),
    CONSTRAINT legal_hold_items_check1 CHECK ((((terminal_id IS NULL) = (window_start IS NULL)) AND ((terminal_id IS NULL) = (window_end IS NULL)))),
    CONSTRAINT legal_hold_items_check2 CHECK ((window_end > window_start)),
    CONSTRAINT legal_hold_items_nat_check CHECK ((((nat_key_at IS NULL) = (nat_public_ip IS NULL)) AND ((nat_key_at IS NULL) = (nat_public_port IS NULL)))),
    CONSTRAINT legal_hold_items_nat_public_port_check CHECK (((nat_public_port >= 0) AND (nat_public_port <= 65535)))
);


--
-- Name: COLUMN legal_hold_items.nat_key_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_hold_items.nat_key_at IS 'a NAT mapping (nat_mappings.key_at, with nat_public_ip and nat_public_port) a police answer went through';


--
-- Name: legal_hold_items_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.legal_hold_items ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.legal_hold_items_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: legal_holds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_holds (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    reason_code text NOT NULL,
    reason text NOT NULL,
    police_request_id uuid,
    created_at timestamp with time zone NOT NULL,
    created_by bigint NOT NULL,
    until date NOT NULL,
    released_at timestamp with time zone,
    released_by bigint,
    CONSTRAINT legal_holds_check CHECK (((released_at IS NULL) = (released_by IS NULL))),
    CONSTRAINT legal_holds_reason_check CHECK (((length(reason) >= 1) AND (length(reason) <= 500))),
    CONSTRAINT legal_holds_reason_code_check CHECK ((reason_code = ANY (ARRAY['police_request'::text, 'court_order'::text, 'emergency'::text, 'litigation'::text, 'internal_investigation'::text, 'other'::text])))
);


--
-- Name: COLUMN legal_holds.police_request_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_holds.police_request_id IS 'the police request behind the hold, by id without a foreign key: kept as history once the request is purged';


--
-- Name: COLUMN legal_holds.until; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_holds.until IS 'last day (store time) the hold is in force unless released earlier';


--
-- Name: member_cards; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.member_cards (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    member_id uuid NOT NULL,
    token_hash text NOT NULL,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    issued_by bigint NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: COLUMN member_cards.token_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.member_cards.token_hash IS 'keyed hash of the card token; the token itself is shown once';


--
-- Name: member_cards_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.member_cards ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.member_cards_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    identity_record_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint NOT NULL
);


--
-- Name: nat_mappings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nat_mappings (
    store_id bigint NOT NULL,
    key_at timestamp with time zone NOT NULL,
    protocol smallint NOT NULL,
    public_ip inet NOT NULL,
    public_port integer NOT NULL,
    private_ip inet NOT NULL,
    private_port integer NOT NULL,
    started_at timestamp with time zone,
    start_estimated boolean DEFAULT false NOT NULL,
    ended_at timestamp with time zone,
    upload_id bigint NOT NULL,
    CONSTRAINT nat_mappings_check CHECK (((started_at IS NULL) OR (started_at = key_at))),
    CONSTRAINT nat_mappings_check1 CHECK (((NOT start_estimated) OR (started_at IS NOT NULL))),
    CONSTRAINT nat_mappings_check2 CHECK (((ended_at IS NULL) OR (ended_at >= key_at))),
    CONSTRAINT nat_mappings_private_port_check CHECK (((private_port >= 0) AND (private_port <= 65535))),
    CONSTRAINT nat_mappings_protocol_check CHECK (((protocol >= 0) AND (protocol <= 255))),
    CONSTRAINT nat_mappings_public_port_check CHECK (((public_port >= 0) AND (public_port <= 65535)))
)
PARTITION BY RANGE (key_at);


--
-- Name: TABLE nat_mappings; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.nat_mappings IS 'gateway NAT mappings: private address:port <-> public address:port over time; never the remote end';


--
-- Name: COLUMN nat_mappings.key_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.nat_mappings.key_at IS 'started_at when known, else the first instant the log showed the mapping';


--
-- Name: COLUMN nat_mappings.start_estimated; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.nat_mappings.start_estimated IS 'started_at is the DESTROY time minus its whole-second delta-time';


--
-- Name: nat_uploads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nat_uploads (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    gateway_id bigint,
    format text NOT NULL,
    content_sha256 text NOT NULL,
    first_line bigint NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    line_count bigint NOT NULL,
    event_count bigint NOT NULL,
    skipped_count bigint NOT NULL,
    malformed_count bigint NOT NULL,
    malformed_lines jsonb NOT NULL,
    mappings_inserted bigint DEFAULT 0 NOT NULL,
    mappings_closed bigint DEFAULT 0 NOT NULL,
    mappings_known bigint DEFAULT 0 NOT NULL,
    CONSTRAINT nat_uploads_content_sha256_check CHECK ((content_sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT nat_uploads_first_line_check CHECK ((first_line >= 1)),
    CONSTRAINT nat_uploads_malformed_lines_check CHECK ((jsonb_typeof(malformed_lines) = 'array'::text))
);


--
-- Name: COLUMN nat_uploads.malformed_lines; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.nat_uploads.malformed_lines IS 'the first 100 refused lines: [{"line": n, "reason": fixed text}], never line contents';


--
-- Name: nat_uploads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.nat_uploads ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.nat_uploads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: police_agencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.police_agencies (
    id bigint NOT NULL,
    certificate_organization text NOT NULL,
    name text NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT police_agencies_certificate_organization_check CHECK (((length(certificate_organization) >= 1) AND (length(certificate_organization) <= 200))),
    CONSTRAINT police_agencies_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200)))
);


--
-- Name: police_agencies_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.police_agencies ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.police_agencies_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: police_answer_numbers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.police_answer_numbers (
    store_id bigint NOT NULL,
    year integer NOT NULL,
    last_number integer NOT NULL,
    CONSTRAINT police_answer_numbers_last_number_check CHECK ((last_number > 0)),
    CONSTRAINT police_answer_numbers_year_check CHECK (((year >= 2000) AND (year <= 9999)))
);


--
-- Name: police_disclosures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.police_disclosures (
    id bigint NOT NULL,
    request_id uuid NOT NULL,
    store_id bigint NOT NULL,
    identity_record_id uuid NOT NULL,
    visit_id uuid,
    segment_id bigint,
    disclosed boolean NOT NULL,
    CONSTRAINT police_disclosures_check CHECK (((visit_id IS NOT NULL) OR (segment_id IS NULL)))
);


--
-- Name: COLUMN police_disclosures.disclosed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.police_disclosures.disclosed IS 'false: the record matched the question but nothing of it was in the answer';


--
-- Name: police_disclosures_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.police_disclosures ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.police_disclosures_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: police_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.police_requests (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    source text NOT NULL,
    entered_by bigint,
    agency_key text,
    client_certificate text,
    agency_name text NOT NULL,
    officer_name text NOT NULL,
    officer_badge text NOT NULL,
    officer_contact text NOT NULL,
    legal_basis text NOT NULL,
    warrant_court text,
    warrant_expires_on date,
    document_reference text NOT NULL,
    document_date date NOT NULL,
    scope_from timestamp with time zone NOT NULL,
    scope_to timestamp with time zone NOT NULL,
    question_kind text NOT NULL,
    question_at timestamp with time zone,
    question_booth_id bigint,
    question_terminal_id bigint,
    question_public_ip inet,
    question_source_port integer,
    question_tolerance_seconds integer,
    question_document_kind text,
    key_id integer NOT NULL,
    question_name_enc bytea,
    question_name_kana_enc bytea,
    question_date_of_birth_enc bytea,
    question_document_number_enc bytea,
    status text DEFAULT 'received'::text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    submitter text NOT NULL,
    idempotency_key text,
    request_hash text,
    approved_at timestamp with time zone,
    approved_by bigint,
    review_required boolean DEFAULT false NOT NULL,
    rejected_at timestamp with time zone,
    rejected_by bigint,
    rejection_reason text,
    expired_at timestamp with time zone,
    answered_at timestamp with time zone,
    answered_by bigint,
    answer_number text,
    answer_document_enc bytea,
    answer_signature bytea,
    answer_public_key text,
    retention_until date NOT NULL,
    CONSTRAINT police_requests_agency_key_check CHECK (((length(agency_key) >= 1) AND (length(agency_key) <= 200))),
    CONSTRAINT police_requests_agency_name_check CHECK (((length(agency_name) >= 1) AND (length(agency_name) <= 200))),
    CONSTRAINT police_requests_answer_number_check CHECK ((answer_number ~ '^K-[0-9]{4}-[0-9]{6,}$'::text)),
    CONSTRAINT police_requests_check CHECK ((scope_from <= scope_to)),
    CONSTRAINT police_requests_check1 CHECK (((source = 'kiosk'::text) = (entered_by IS NOT NULL))),
    CONSTRAINT police_requests_check10 CHECK (((status <> ALL (ARRAY['approved'::text, 'answered'::text])) OR (approved_at IS NOT NULL))),
    CONSTRAINT police_requests_check2 CHECK (((source = 'api'::text) = (agency_key IS NOT NULL))),
    CONSTRAINT police_requests_check3 CHECK (((legal_basis = 'warrant'::text) = (warrant_court IS NOT NULL))),
    CONSTRAINT police_requests_check4 CHECK (((legal_basis = 'warrant'::text) = (warrant_expires_on IS NOT NULL))),
    CONSTRAINT police_requests_check5 CHECK (((idempotency_key IS NULL) = (request_hash IS NULL))),
    CONSTRAINT police_requests_check6 CHECK (((approved_at IS NULL) = (approved_by IS NULL))),
    CONSTRAINT police_requests_check7 CHECK (((status = 'rejected'::text) = ((rejected_at IS NOT NULL) AND (rejection_reason IS NOT NULL)))),
    CONSTRAINT police_requests_check8 CHECK (((status = 'expired'::text) = (expired_at IS NOT NULL))),
    CONSTRAINT police_requests_check9 CHECK (((status = 'answered'::text) = ((answered_at IS NOT NULL) AND (answer_number IS NOT NULL) AND (answer_document_enc IS NOT NULL)))),
    CONSTRAINT police_requests_client_certificate_check CHECK ((length(client_certificate) <= 1000)),
    CONSTRAINT police_requests_document_reference_check CHECK (((length(document_reference) >= 1) AND (length(document_reference) <= 200))),
    CONSTRAINT police_requests_idempotency_key_check CHECK (((length(idempotency_key) >= 8) AND (length(idempotency_key) <= 128))),
    CONSTRAINT police_requests_legal_basis_check CHECK ((legal_basis = ANY (ARRAY['ordinance_report'::text, 'ordinance_inspection'::text, 'ccp_197_2'::text, 'warrant'::text, 'emergency_life'::text]))),
    CONSTRAINT police_requests_officer_badge_check CHECK (((length(officer_badge) >= 1) AND (length(officer_badge) <= 64))),
    CONSTRAINT police_requests_officer_contact_check CHECK (((length(officer_contact) >= 1) AND (length(officer_contact) <= 200))),
    CONSTRAINT police_requests_officer_name_check CHECK (((length(officer_name) >= 1) AND (length(officer_name) <= 100))),
    CONSTRAINT police_requests_question_kind_check CHECK ((question_kind = ANY (ARRAY['terminal_at_time'::text, 'person'::text, 'public_endpoint'::text]))),
    CONSTRAINT police_requests_question_source_port_check CHECK (((question_source_port >= 1) AND (question_source_port <= 65535))),
    CONSTRAINT police_requests_question_tolerance_seconds_check CHECK (((question_tolerance_seconds >= 0) AND (question_tolerance_seconds <= 3600))),
    CONSTRAINT police_requests_rejection_reason_check CHECK (((length(rejection_reason) >= 1) AND (length(rejection_reason) <= 500))),
    CONSTRAINT police_requests_source_check CHECK ((source = ANY (ARRAY['kiosk'::text, 'api'::text]))),
    CONSTRAINT police_requests_status_check CHECK ((status = ANY (ARRAY['received'::text, 'approved'::text, 'answered'::text, 'rejected'::text, 'expired'::text]))),
    CONSTRAINT police_requests_submitter_check CHECK (((length(submitter) >= 1) AND (length(submitter) <= 220))),
    CONSTRAINT police_requests_warrant_court_check CHECK (((length(warrant_court) >= 1) AND (length(warrant_court) <= 200)))
);


--
-- Name: TABLE police_requests; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.police_requests IS 'lawful requests from police: question fields about a person and the answer are encrypted';


--
-- Name: COLUMN police_requests.agency_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.police_requests.agency_key IS 'requests submitted over mutual TLS: the agency of the client certificate, the only one that may read them';


--
-- Name: COLUMN police_requests.key_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.police_requests.key_id IS 'the police key of the request''s retention month (police_fields, police:YYYY-MM); before V008 a customers'' month key';


--
-- Name: COLUMN police_requests.submitter; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.police_requests.submitter IS 'staff:<id> or agency:<key>, the scope of the Idempotency-Key';


--
-- Name: purge_certificate_signatures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.purge_certificate_signatures (
    certificate_id uuid NOT NULL,
    store_id bigint NOT NULL,
    signing_key_id integer NOT NULL,
    document text NOT NULL,
    signature bytea NOT NULL,
    CONSTRAINT purge_certificate_signatures_signature_check CHECK ((length(signature) = 64))
);


--
-- Name: TABLE purge_certificate_signatures; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.purge_certificate_signatures IS 'a purge certificate as one store saw it (canonical JSON, no personal data), signed with the store''s key';


--
-- Name: purge_certificates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.purge_certificates (
    id uuid NOT NULL,
    store_id bigint,
    ran_at timestamp with time zone DEFAULT now() NOT NULL,
    as_of timestamp with time zone NOT NULL,
    cutoff_date date,
    store_cutoffs jsonb NOT NULL,
    counts jsonb NOT NULL,
    partitions_dropped text[] NOT NULL,
    destroyed_key_months text[] NOT NULL,
    destroyed_key_ids integer[] NOT NULL,
    kept_keys jsonb NOT NULL,
    reencrypted bigint NOT NULL,
    holds_respected integer NOT NULL,
    hold_ids uuid[] NOT NULL,
    held_back jsonb NOT NULL,
    duration_ms integer NOT NULL,
    triggered_by text NOT NULL,
    destroyed_police_key_months text[] DEFAULT '{}'::text[] NOT NULL,
    CONSTRAINT purge_certificates_check CHECK ((holds_respected = cardinality(hold_ids))),
    CONSTRAINT purge_certificates_triggered_by_check CHECK ((triggered_by = ANY (ARRAY['daily_job'::text, 'kirokuctl'::text])))
);


--
-- Name: TABLE purge_certificates; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.purge_certificates IS 'one row per purge (dry runs are not stored); store_id NULL: every store';


--
-- Name: COLUMN purge_certificates.cutoff_date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.purge_certificates.cutoff_date IS 'the earliest local date of the run over the stores: records whose retention ended before it were purged';


--
-- Name: COLUMN purge_certificates.destroyed_police_key_months; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.purge_certificates.destroyed_police_key_months IS 'YYYY-MM of the police keys (police_fields) the purge destroyed';


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    duration_ms integer NOT NULL
);


--
-- Name: staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    login text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    password_hash text NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT staff_display_name_check CHECK (((length(display_name) >= 1) AND (length(display_name) <= 100))),
    CONSTRAINT staff_login_check CHECK ((login ~ '^[a-z0-9][a-z0-9._-]{1,63}$'::text)),
    CONSTRAINT staff_role_check CHECK ((role = ANY (ARRAY['clerk'::text, 'manager'::text, 'auditor'::text, 'admin'::text])))
);


--
-- Name: staff_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.staff ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.staff_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: store_signing_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.store_signing_keys (
    id integer NOT NULL,
    store_id bigint NOT NULL,
    algorithm text DEFAULT 'ed25519'::text NOT NULL,
    public_key bytea NOT NULL,
    kek_version integer NOT NULL,
    wrapped_private_key bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    retired_at timestamp with time zone,
    CONSTRAINT store_signing_keys_algorithm_check CHECK ((algorithm = 'ed25519'::text)),
    CONSTRAINT store_signing_keys_public_key_check CHECK ((length(public_key) = 32))
);


--
-- Name: store_signing_keys_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.store_signing_keys ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.store_signing_keys_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stores; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stores (
    id bigint NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    time_zone text DEFAULT 'Asia/Tokyo'::text NOT NULL,
    notification_date date,
    notification_number text,
    rules jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT stores_code_check CHECK ((code ~ '^[a-z0-9][a-z0-9-]{1,31}$'::text)),
    CONSTRAINT stores_name_check CHECK (((length(name) >= 1) AND (length(name) <= 200))),
    CONSTRAINT stores_rules_check CHECK ((jsonb_typeof(rules) = 'object'::text))
);


--
-- Name: COLUMN stores.notification_date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.stores.notification_date IS 'date the business was notified to the Public Safety Commission';


--
-- Name: COLUMN stores.rules; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.stores.rules IS 'ordinance rule set: night hours for minors, re-verification interval, accepted documents';


--
-- Name: stores_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.stores ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.stores_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: terminal_event_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminal_event_days (
    store_id bigint NOT NULL,
    terminal_id bigint NOT NULL,
    day date NOT NULL,
    events bigint NOT NULL,
    CONSTRAINT terminal_event_days_events_check CHECK ((events >= 0))
);


--
-- Name: TABLE terminal_event_days; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.terminal_event_days IS 'count of terminal_events per terminal and store-local day (triggers keep it)';


--
-- Name: terminal_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminal_events (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    terminal_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    private_ip inet,
    mac_address macaddr,
    event_key text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT terminal_events_kind_check CHECK ((kind = ANY (ARRAY['login'::text, 'logout'::text, 'lock'::text, 'unlock'::text, 'ip_assigned'::text])))
)
PARTITION BY RANGE (at);


--
-- Name: terminal_events_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminal_events_default (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    terminal_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    private_ip inet,
    mac_address macaddr,
    event_key text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT terminal_events_kind_check CHECK ((kind = ANY (ARRAY['login'::text, 'logout'::text, 'lock'::text, 'unlock'::text, 'ip_assigned'::text])))
);


--
-- Name: terminal_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.terminal_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.terminal_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: terminals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminals (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    number text NOT NULL,
    hostname text,
    mac_address macaddr,
    private_ip inet,
    booth_id bigint,
    credential_hash text,
    CONSTRAINT terminals_number_check CHECK (((length(number) >= 1) AND (length(number) <= 32)))
);


--
-- Name: COLUMN terminals.number; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.terminals.number IS 'the terminal number as shown to customers';


--
-- Name: COLUMN terminals.credential_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.terminals.credential_hash IS 'keyed hash of the booth PC''s credential for terminal events';


--
-- Name: terminals_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.terminals ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.terminals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: visit_segments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit_segments (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    visit_id uuid NOT NULL,
    booth_id bigint NOT NULL,
    terminal_id bigint,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    retention_until date DEFAULT 'infinity'::date NOT NULL,
    CONSTRAINT visit_segments_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visit_segments_open_check CHECK (((ended_at IS NOT NULL) OR (retention_until = 'infinity'::date)))
)
PARTITION BY RANGE (retention_until);


--
-- Name: visit_segments_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit_segments_default (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    visit_id uuid NOT NULL,
    booth_id bigint NOT NULL,
    terminal_id bigint,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    retention_until date DEFAULT 'infinity'::date NOT NULL,
    CONSTRAINT visit_segments_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visit_segments_open_check CHECK (((ended_at IS NOT NULL) OR (retention_until = 'infinity'::date)))
);


--
-- Name: visit_segments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.visit_segments ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.visit_segments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: visit_segments_open; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit_segments_open (
    id bigint NOT NULL,
    store_id bigint NOT NULL,
    visit_id uuid NOT NULL,
    booth_id bigint NOT NULL,
    terminal_id bigint,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    retention_until date DEFAULT 'infinity'::date NOT NULL,
    CONSTRAINT visit_segments_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visit_segments_open_check CHECK (((ended_at IS NOT NULL) OR (retention_until = 'infinity'::date)))
);


--
-- Name: visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    identity_record_id uuid NOT NULL,
    member_id uuid,
    started_at timestamp with time zone NOT NULL,
    started_by bigint NOT NULL,
    ended_at timestamp with time zone,
    ended_by bigint,
    minor boolean DEFAULT false NOT NULL,
    minor_must_leave_at timestamp with time zone,
    retention_until date DEFAULT 'infinity'::date NOT NULL,
    CONSTRAINT visits_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visits_check1 CHECK (((ended_at IS NULL) = (retention_until = 'infinity'::date))),
    CONSTRAINT visits_check2 CHECK ((minor OR (minor_must_leave_at IS NULL)))
)
PARTITION BY RANGE (retention_until);


--
-- Name: COLUMN visits.minor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.visits.minor IS 'the customer was under the store''s minor age at check-in';


--
-- Name: COLUMN visits.retention_until; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.visits.retention_until IS 'last day the visit''s records are kept; ''infinity'' while the visit is open (partition visits_open)';


--
-- Name: visits_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits_default (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    identity_record_id uuid NOT NULL,
    member_id uuid,
    started_at timestamp with time zone NOT NULL,
    started_by bigint NOT NULL,
    ended_at timestamp with time zone,
    ended_by bigint,
    minor boolean DEFAULT false NOT NULL,
    minor_must_leave_at timestamp with time zone,
    retention_until date DEFAULT 'infinity'::date NOT NULL,
    CONSTRAINT visits_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visits_check1 CHECK (((ended_at IS NULL) = (retention_until = 'infinity'::date))),
    CONSTRAINT visits_check2 CHECK ((minor OR (minor_must_leave_at IS NULL)))
);


--
-- Name: visits_open; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits_open (
    id uuid NOT NULL,
    store_id bigint NOT NULL,
    identity_record_id uuid NOT NULL,
    member_id uuid,
    started_at timestamp with time zone NOT NULL,
    started_by bigint NOT NULL,
    ended_at timestamp with time zone,
    ended_by bigint,
    minor boolean DEFAULT false NOT NULL,
    minor_must_leave_at timestamp with time zone,
    retention_until date DEFAULT 'infinity'::date NOT NULL,
    CONSTRAINT visits_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visits_check1 CHECK (((ended_at IS NULL) = (retention_until = 'infinity'::date))),
    CONSTRAINT visits_check2 CHECK ((minor OR (minor_must_leave_at IS NULL)))
);


--
-- Name: terminal_events_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events ATTACH PARTITION public.terminal_events_default DEFAULT;


--
-- Name: visit_segments_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments ATTACH PARTITION public.visit_segments_default DEFAULT;


--
-- Name: visit_segments_open; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments ATTACH PARTITION public.visit_segments_open FOR VALUES FROM ('infinity') TO (MAXVALUE);


--
-- Name: visits_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits ATTACH PARTITION public.visits_default DEFAULT;


--
-- Name: visits_open; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits ATTACH PARTITION public.visits_open FOR VALUES FROM ('infinity') TO (MAXVALUE);


--
-- Name: audit_checkpoints audit_checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_checkpoints
    ADD CONSTRAINT audit_checkpoints_pkey PRIMARY KEY (id);


--
-- Name: audit_heads audit_heads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_heads
    ADD CONSTRAINT audit_heads_pkey PRIMARY KEY (chain_id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (chain_id, seq);


--
-- Name: auth_sessions auth_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_pkey PRIMARY KEY (id);


--
-- Name: auth_sessions auth_sessions_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: booths booths_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booths
    ADD CONSTRAINT booths_pkey PRIMARY KEY (id);


--
-- Name: booths booths_store_id_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booths
    ADD CONSTRAINT booths_store_id_id_key UNIQUE (store_id, id);


--
-- Name: booths booths_store_id_label_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booths
    ADD CONSTRAINT booths_store_id_label_key UNIQUE (store_id, label);


--
-- Name: data_keys data_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_keys
    ADD CONSTRAINT data_keys_pkey PRIMARY KEY (id);


--
-- Name: gateways gateways_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT gateways_pkey PRIMARY KEY (id);


--
-- Name: gateways gateways_store_id_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT gateways_store_id_name_key UNIQUE (store_id, name);


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (store_id, key);


--
-- Name: identity_records identity_records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_records
    ADD CONSTRAINT identity_records_pkey PRIMARY KEY (id);


--
-- Name: identity_records identity_records_store_id_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_records
    ADD CONSTRAINT identity_records_store_id_id_key UNIQUE (store_id, id);


--
-- Name: key_vault_instance key_vault_instance_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.key_vault_instance
    ADD CONSTRAINT key_vault_instance_id_key UNIQUE (id);


--
-- Name: key_vault_instance key_vault_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.key_vault_instance
    ADD CONSTRAINT key_vault_instance_pkey PRIMARY KEY (singleton);


--
-- Name: legal_hold_items legal_hold_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_hold_items
    ADD CONSTRAINT legal_hold_items_pkey PRIMARY KEY (id);


--
-- Name: legal_holds legal_holds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_holds
    ADD CONSTRAINT legal_holds_pkey PRIMARY KEY (id);


--
-- Name: legal_holds legal_holds_store_id_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_holds
    ADD CONSTRAINT legal_holds_store_id_id_key UNIQUE (store_id, id);


--
-- Name: member_cards member_cards_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_cards
    ADD CONSTRAINT member_cards_pkey PRIMARY KEY (id);


--
-- Name: member_cards member_cards_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_cards
    ADD CONSTRAINT member_cards_token_hash_key UNIQUE (token_hash);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: members members_store_id_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_store_id_id_key UNIQUE (store_id, id);


--
-- Name: nat_uploads nat_uploads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nat_uploads
    ADD CONSTRAINT nat_uploads_pkey PRIMARY KEY (id);


--
-- Name: nat_uploads nat_uploads_store_id_content_sha256_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nat_uploads
    ADD CONSTRAINT nat_uploads_store_id_content_sha256_key UNIQUE (store_id, content_sha256);


--
-- Name: partitioned_tables partitioned_tables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partitioned_tables
    ADD CONSTRAINT partitioned_tables_pkey PRIMARY KEY (table_name);


--
-- Name: police_agencies police_agencies_certificate_organization_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_agencies
    ADD CONSTRAINT police_agencies_certificate_organization_key UNIQUE (certificate_organization);


--
-- Name: police_agencies police_agencies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_agencies
    ADD CONSTRAINT police_agencies_pkey PRIMARY KEY (id);


--
-- Name: police_answer_numbers police_answer_numbers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_answer_numbers
    ADD CONSTRAINT police_answer_numbers_pkey PRIMARY KEY (store_id, year);


--
-- Name: police_disclosures police_disclosures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_disclosures
    ADD CONSTRAINT police_disclosures_pkey PRIMARY KEY (id);


--
-- Name: police_requests police_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_pkey PRIMARY KEY (id);


--
-- Name: police_requests police_requests_store_id_answer_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_store_id_answer_number_key UNIQUE (store_id, answer_number);


--
-- Name: police_requests police_requests_submitter_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_submitter_idempotency_key_key UNIQUE (submitter, idempotency_key);


--
-- Name: purge_certificate_signatures purge_certificate_signatures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purge_certificate_signatures
    ADD CONSTRAINT purge_certificate_signatures_pkey PRIMARY KEY (certificate_id, store_id);


--
-- Name: purge_certificates purge_certificates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purge_certificates
    ADD CONSTRAINT purge_certificates_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: staff staff_login_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_login_key UNIQUE (login);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);


--
-- Name: store_signing_keys store_signing_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store_signing_keys
    ADD CONSTRAINT store_signing_keys_pkey PRIMARY KEY (id);


--
-- Name: stores stores_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stores
    ADD CONSTRAINT stores_code_key UNIQUE (code);


--
-- Name: stores stores_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stores
    ADD CONSTRAINT stores_pkey PRIMARY KEY (id);


--
-- Name: terminal_event_days terminal_event_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_event_days
    ADD CONSTRAINT terminal_event_days_pkey PRIMARY KEY (store_id, day, terminal_id);


--
-- Name: terminal_events terminal_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events
    ADD CONSTRAINT terminal_events_pkey PRIMARY KEY (id, at);


--
-- Name: terminal_events_default terminal_events_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events_default
    ADD CONSTRAINT terminal_events_default_pkey PRIMARY KEY (id, at);


--
-- Name: terminal_events terminal_events_terminal_id_event_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events
    ADD CONSTRAINT terminal_events_terminal_id_event_key_key UNIQUE (terminal_id, event_key, at);


--
-- Name: terminal_events_default terminal_events_default_terminal_id_event_key_at_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events_default
    ADD CONSTRAINT terminal_events_default_terminal_id_event_key_at_key UNIQUE (terminal_id, event_key, at);


--
-- Name: terminals terminals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_pkey PRIMARY KEY (id);


--
-- Name: terminals terminals_store_id_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_store_id_number_key UNIQUE (store_id, number);


--
-- Name: visit_segments visit_segments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments
    ADD CONSTRAINT visit_segments_pkey PRIMARY KEY (id, retention_until);


--
-- Name: visit_segments_default visit_segments_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments_default
    ADD CONSTRAINT visit_segments_default_pkey PRIMARY KEY (id, retention_until);


--
-- Name: visit_segments_open visit_segments_open_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments_open
    ADD CONSTRAINT visit_segments_open_pkey PRIMARY KEY (id, retention_until);


--
-- Name: visits visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_pkey PRIMARY KEY (id, retention_until);


--
-- Name: visits_default visits_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits_default
    ADD CONSTRAINT visits_default_pkey PRIMARY KEY (id, retention_until);


--
-- Name: visits visits_store_id_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_store_id_id_key UNIQUE (store_id, id, retention_until);


--
-- Name: visits_default visits_default_store_id_id_retention_until_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits_default
    ADD CONSTRAINT visits_default_store_id_id_retention_until_key UNIQUE (store_id, id, retention_until);


--
-- Name: visits_open visits_open_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits_open
    ADD CONSTRAINT visits_open_pkey PRIMARY KEY (id, retention_until);


--
-- Name: visits_open visits_open_store_id_id_retention_until_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits_open
    ADD CONSTRAINT visits_open_store_id_id_retention_until_key UNIQUE (store_id, id, retention_until);


--
-- Name: audit_checkpoints_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_checkpoints_store_idx ON public.audit_checkpoints USING btree (store_id, created_at);


--
-- Name: audit_log_action_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_action_idx ON public.audit_log USING btree (chain_id, action, at);


--
-- Name: auth_sessions_staff_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_sessions_staff_idx ON public.auth_sessions USING btree (staff_id);


--
-- Name: data_keys_current_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX data_keys_current_idx ON public.data_keys USING btree (purpose, scope) WHERE (retired_at IS NULL);


--
-- Name: identity_records_document_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_document_idx ON public.identity_records USING btree (store_id, document_number_bidx) WHERE (document_number_bidx IS NOT NULL);


--
-- Name: identity_records_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_key_idx ON public.identity_records USING btree (key_id);


--
-- Name: identity_records_name_dob_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_name_dob_idx ON public.identity_records USING btree (store_id, name_dob_bidx);


--
-- Name: identity_records_no_address_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_no_address_idx ON public.identity_records USING btree (store_id, verified_at) WHERE ((NOT address_on_document) AND (address_proof_kind IS NULL));


--
-- Name: identity_records_no_number_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_no_number_idx ON public.identity_records USING btree (store_id, verified_at) WHERE (document_number_enc IS NULL);


--
-- Name: identity_records_retention_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_retention_idx ON public.identity_records USING btree (retention_until);


--
-- Name: identity_records_store_retention_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_store_retention_idx ON public.identity_records USING btree (store_id, retention_until);


--
-- Name: identity_records_store_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_store_time_idx ON public.identity_records USING btree (store_id, verified_at);


--
-- Name: legal_hold_items_hold_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_hold_items_hold_idx ON public.legal_hold_items USING btree (hold_id);


--
-- Name: legal_hold_items_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_hold_items_identity_idx ON public.legal_hold_items USING btree (identity_record_id) WHERE (identity_record_id IS NOT NULL);


--
-- Name: legal_hold_items_nat_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_hold_items_nat_idx ON public.legal_hold_items USING btree (nat_key_at) WHERE (nat_key_at IS NOT NULL);


--
-- Name: legal_hold_items_terminal_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_hold_items_terminal_idx ON public.legal_hold_items USING btree (terminal_id) WHERE (terminal_id IS NOT NULL);


--
-- Name: legal_hold_items_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_hold_items_visit_idx ON public.legal_hold_items USING btree (visit_id) WHERE (visit_id IS NOT NULL);


--
-- Name: legal_holds_in_force_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_holds_in_force_idx ON public.legal_holds USING btree (store_id) WHERE (released_at IS NULL);


--
-- Name: legal_holds_police_request_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_holds_police_request_idx ON public.legal_holds USING btree (police_request_id) WHERE (police_request_id IS NOT NULL);


--
-- Name: legal_holds_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_holds_store_idx ON public.legal_holds USING btree (store_id, created_at);


--
-- Name: member_cards_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX member_cards_member_idx ON public.member_cards USING btree (store_id, member_id);


--
-- Name: members_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_identity_idx ON public.members USING btree (identity_record_id);


--
-- Name: nat_mappings_public_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX nat_mappings_public_idx ON ONLY public.nat_mappings USING btree (store_id, public_ip, public_port, key_at, protocol, private_ip, private_port);


--
-- Name: police_disclosures_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX police_disclosures_identity_idx ON public.police_disclosures USING btree (identity_record_id);


--
-- Name: police_disclosures_request_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX police_disclosures_request_idx ON public.police_disclosures USING btree (request_id);


--
-- Name: police_requests_agency_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX police_requests_agency_idx ON public.police_requests USING btree (agency_key, received_at) WHERE (agency_key IS NOT NULL);


--
-- Name: police_requests_retention_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX police_requests_retention_idx ON public.police_requests USING btree (store_id, retention_until);


--
-- Name: police_requests_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX police_requests_store_idx ON public.police_requests USING btree (store_id, received_at);


--
-- Name: purge_certificate_signatures_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX purge_certificate_signatures_store_idx ON public.purge_certificate_signatures USING btree (store_id);


--
-- Name: purge_certificates_ran_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX purge_certificates_ran_idx ON public.purge_certificates USING btree (ran_at);


--
-- Name: staff_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_store_idx ON public.staff USING btree (store_id);


--
-- Name: store_signing_keys_current_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX store_signing_keys_current_idx ON public.store_signing_keys USING btree (store_id) WHERE (retired_at IS NULL);


--
-- Name: terminal_event_days_store_day_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_event_days_store_day_idx ON public.terminal_event_days USING btree (store_id, day) INCLUDE (events);


--
-- Name: terminal_events_store_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_store_time_idx ON ONLY public.terminal_events USING btree (store_id, at);


--
-- Name: terminal_events_default_store_id_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_default_store_id_at_idx ON public.terminal_events_default USING btree (store_id, at);


--
-- Name: terminal_events_ip_assigned_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_ip_assigned_idx ON ONLY public.terminal_events USING btree (store_id, private_ip, at) WHERE (kind = 'ip_assigned'::text);


--
-- Name: terminal_events_default_store_id_private_ip_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_default_store_id_private_ip_at_idx ON public.terminal_events_default USING btree (store_id, private_ip, at) WHERE (kind = 'ip_assigned'::text);


--
-- Name: terminal_events_terminal_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_terminal_time_idx ON ONLY public.terminal_events USING btree (terminal_id, at);


--
-- Name: terminal_events_default_terminal_id_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_default_terminal_id_at_idx ON public.terminal_events_default USING btree (terminal_id, at);


--
-- Name: visit_segments_booth_end_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_booth_end_idx ON ONLY public.visit_segments USING btree (booth_id, ended_at);


--
-- Name: visit_segments_booth_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_booth_time_idx ON ONLY public.visit_segments USING btree (booth_id, started_at);


--
-- Name: visit_segments_default_booth_id_ended_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_booth_id_ended_at_idx ON public.visit_segments_default USING btree (booth_id, ended_at);


--
-- Name: visit_segments_default_booth_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_booth_id_started_at_idx ON public.visit_segments_default USING btree (booth_id, started_at);


--
-- Name: visit_segments_retention_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_retention_idx ON ONLY public.visit_segments USING btree (store_id, retention_until);


--
-- Name: visit_segments_default_store_id_retention_until_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_store_id_retention_until_idx ON public.visit_segments_default USING btree (store_id, retention_until);


--
-- Name: visit_segments_store_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_store_time_idx ON ONLY public.visit_segments USING btree (store_id, started_at);


--
-- Name: visit_segments_default_store_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_store_id_started_at_idx ON public.visit_segments_default USING btree (store_id, started_at);


--
-- Name: visit_segments_store_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_store_visit_idx ON ONLY public.visit_segments USING btree (store_id, visit_id);


--
-- Name: visit_segments_default_store_id_visit_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_store_id_visit_id_idx ON public.visit_segments_default USING btree (store_id, visit_id);


--
-- Name: visit_segments_terminal_end_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_terminal_end_idx ON ONLY public.visit_segments USING btree (terminal_id, ended_at);


--
-- Name: visit_segments_default_terminal_id_ended_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_terminal_id_ended_at_idx ON public.visit_segments_default USING btree (terminal_id, ended_at);


--
-- Name: visit_segments_terminal_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_terminal_time_idx ON ONLY public.visit_segments USING btree (terminal_id, started_at);


--
-- Name: visit_segments_default_terminal_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_terminal_id_started_at_idx ON public.visit_segments_default USING btree (terminal_id, started_at);


--
-- Name: visit_segments_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_visit_idx ON ONLY public.visit_segments USING btree (visit_id, started_at);


--
-- Name: visit_segments_default_visit_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_default_visit_id_started_at_idx ON public.visit_segments_default USING btree (visit_id, started_at);


--
-- Name: visit_segments_open_booth_id_ended_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_booth_id_ended_at_idx ON public.visit_segments_open USING btree (booth_id, ended_at);


--
-- Name: visit_segments_open_booth_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_booth_id_started_at_idx ON public.visit_segments_open USING btree (booth_id, started_at);


--
-- Name: visit_segments_open_booth_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX visit_segments_open_booth_idx ON public.visit_segments_open USING btree (booth_id) WHERE (ended_at IS NULL);


--
-- Name: visit_segments_open_store_id_retention_until_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_store_id_retention_until_idx ON public.visit_segments_open USING btree (store_id, retention_until);


--
-- Name: visit_segments_open_store_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_store_id_started_at_idx ON public.visit_segments_open USING btree (store_id, started_at);


--
-- Name: visit_segments_open_store_id_visit_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_store_id_visit_id_idx ON public.visit_segments_open USING btree (store_id, visit_id);


--
-- Name: visit_segments_open_terminal_id_ended_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_terminal_id_ended_at_idx ON public.visit_segments_open USING btree (terminal_id, ended_at);


--
-- Name: visit_segments_open_terminal_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_terminal_id_started_at_idx ON public.visit_segments_open USING btree (terminal_id, started_at);


--
-- Name: visit_segments_open_visit_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_open_visit_id_started_at_idx ON public.visit_segments_open USING btree (visit_id, started_at);


--
-- Name: visit_segments_open_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX visit_segments_open_visit_idx ON public.visit_segments_open USING btree (visit_id) WHERE (ended_at IS NULL);


--
-- Name: visits_active_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX visits_active_identity_idx ON public.visits_open USING btree (store_id, identity_record_id) WHERE (ended_at IS NULL);


--
-- Name: visits_active_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_active_idx ON ONLY public.visits USING btree (store_id) WHERE (ended_at IS NULL);


--
-- Name: visits_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_identity_idx ON ONLY public.visits USING btree (identity_record_id, started_at);


--
-- Name: visits_default_identity_record_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_default_identity_record_id_started_at_idx ON public.visits_default USING btree (identity_record_id, started_at);


--
-- Name: visits_member_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_member_idx ON ONLY public.visits USING btree (member_id) WHERE (member_id IS NOT NULL);


--
-- Name: visits_default_member_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_default_member_id_idx ON public.visits_default USING btree (member_id) WHERE (member_id IS NOT NULL);


--
-- Name: visits_default_store_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_default_store_id_idx ON public.visits_default USING btree (store_id) WHERE (ended_at IS NULL);


--
-- Name: visits_store_retention_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_store_retention_idx ON ONLY public.visits USING btree (store_id, retention_until);


--
-- Name: visits_default_store_id_retention_until_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_default_store_id_retention_until_idx ON public.visits_default USING btree (store_id, retention_until);


--
-- Name: visits_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_time_idx ON ONLY public.visits USING btree (store_id, started_at);


--
-- Name: visits_default_store_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_default_store_id_started_at_idx ON public.visits_default USING btree (store_id, started_at);


--
-- Name: visits_open_identity_record_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_open_identity_record_id_started_at_idx ON public.visits_open USING btree (identity_record_id, started_at);


--
-- Name: visits_open_member_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_open_member_id_idx ON public.visits_open USING btree (member_id) WHERE (member_id IS NOT NULL);


--
-- Name: visits_open_store_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_open_store_id_idx ON public.visits_open USING btree (store_id) WHERE (ended_at IS NULL);


--
-- Name: visits_open_store_id_retention_until_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_open_store_id_retention_until_idx ON public.visits_open USING btree (store_id, retention_until);


--
-- Name: visits_open_store_id_started_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_open_store_id_started_at_idx ON public.visits_open USING btree (store_id, started_at);


--
-- Name: terminal_events_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.terminal_events_pkey ATTACH PARTITION public.terminal_events_default_pkey;


--
-- Name: terminal_events_default_store_id_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.terminal_events_store_time_idx ATTACH PARTITION public.terminal_events_default_store_id_at_idx;


--
-- Name: terminal_events_default_store_id_private_ip_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.terminal_events_ip_assigned_idx ATTACH PARTITION public.terminal_events_default_store_id_private_ip_at_idx;


--
-- Name: terminal_events_default_terminal_id_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.terminal_events_terminal_time_idx ATTACH PARTITION public.terminal_events_default_terminal_id_at_idx;


--
-- Name: terminal_events_default_terminal_id_event_key_at_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.terminal_events_terminal_id_event_key_key ATTACH PARTITION public.terminal_events_default_terminal_id_event_key_at_key;


--
-- Name: visit_segments_default_booth_id_ended_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_booth_end_idx ATTACH PARTITION public.visit_segments_default_booth_id_ended_at_idx;


--
-- Name: visit_segments_default_booth_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_booth_time_idx ATTACH PARTITION public.visit_segments_default_booth_id_started_at_idx;


--
-- Name: visit_segments_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_pkey ATTACH PARTITION public.visit_segments_default_pkey;


--
-- Name: visit_segments_default_store_id_retention_until_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_retention_idx ATTACH PARTITION public.visit_segments_default_store_id_retention_until_idx;


--
-- Name: visit_segments_default_store_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_store_time_idx ATTACH PARTITION public.visit_segments_default_store_id_started_at_idx;


--
-- Name: visit_segments_default_store_id_visit_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_store_visit_idx ATTACH PARTITION public.visit_segments_default_store_id_visit_id_idx;


--
-- Name: visit_segments_default_terminal_id_ended_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_terminal_end_idx ATTACH PARTITION public.visit_segments_default_terminal_id_ended_at_idx;


--
-- Name: visit_segments_default_terminal_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_terminal_time_idx ATTACH PARTITION public.visit_segments_default_terminal_id_started_at_idx;


--
-- Name: visit_segments_default_visit_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_visit_idx ATTACH PARTITION public.visit_segments_default_visit_id_started_at_idx;


--
-- Name: visit_segments_open_booth_id_ended_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_booth_end_idx ATTACH PARTITION public.visit_segments_open_booth_id_ended_at_idx;


--
-- Name: visit_segments_open_booth_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_booth_time_idx ATTACH PARTITION public.visit_segments_open_booth_id_started_at_idx;


--
-- Name: visit_segments_open_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_pkey ATTACH PARTITION public.visit_segments_open_pkey;


--
-- Name: visit_segments_open_store_id_retention_until_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_retention_idx ATTACH PARTITION public.visit_segments_open_store_id_retention_until_idx;


--
-- Name: visit_segments_open_store_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_store_time_idx ATTACH PARTITION public.visit_segments_open_store_id_started_at_idx;


--
-- Name: visit_segments_open_store_id_visit_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_store_visit_idx ATTACH PARTITION public.visit_segments_open_store_id_visit_id_idx;


--
-- Name: visit_segments_open_terminal_id_ended_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_terminal_end_idx ATTACH PARTITION public.visit_segments_open_terminal_id_ended_at_idx;


--
-- Name: visit_segments_open_terminal_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_terminal_time_idx ATTACH PARTITION public.visit_segments_open_terminal_id_started_at_idx;


--
-- Name: visit_segments_open_visit_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visit_segments_visit_idx ATTACH PARTITION public.visit_segments_open_visit_id_started_at_idx;


--
-- Name: visits_default_identity_record_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_identity_idx ATTACH PARTITION public.visits_default_identity_record_id_started_at_idx;


--
-- Name: visits_default_member_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_member_idx ATTACH PARTITION public.visits_default_member_id_idx;


--
-- Name: visits_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_pkey ATTACH PARTITION public.visits_default_pkey;


--
-- Name: visits_default_store_id_id_retention_until_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_store_id_id_key ATTACH PARTITION public.visits_default_store_id_id_retention_until_key;


--
-- Name: visits_default_store_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_active_idx ATTACH PARTITION public.visits_default_store_id_idx;


--
-- Name: visits_default_store_id_retention_until_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_store_retention_idx ATTACH PARTITION public.visits_default_store_id_retention_until_idx;


--
-- Name: visits_default_store_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_time_idx ATTACH PARTITION public.visits_default_store_id_started_at_idx;


--
-- Name: visits_open_identity_record_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_identity_idx ATTACH PARTITION public.visits_open_identity_record_id_started_at_idx;


--
-- Name: visits_open_member_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_member_idx ATTACH PARTITION public.visits_open_member_id_idx;


--
-- Name: visits_open_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_pkey ATTACH PARTITION public.visits_open_pkey;


--
-- Name: visits_open_store_id_id_retention_until_key; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_store_id_id_key ATTACH PARTITION public.visits_open_store_id_id_retention_until_key;


--
-- Name: visits_open_store_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_active_idx ATTACH PARTITION public.visits_open_store_id_idx;


--
-- Name: visits_open_store_id_retention_until_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_store_retention_idx ATTACH PARTITION public.visits_open_store_id_retention_until_idx;


--
-- Name: visits_open_store_id_started_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.visits_time_idx ATTACH PARTITION public.visits_open_store_id_started_at_idx;


--
-- Name: audit_checkpoints audit_checkpoints_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_checkpoints_append_only BEFORE DELETE OR UPDATE ON public.audit_checkpoints FOR EACH ROW EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: audit_checkpoints audit_checkpoints_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON public.audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: audit_heads audit_heads_advance_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_heads_advance_only BEFORE DELETE OR UPDATE ON public.audit_heads FOR EACH ROW EXECUTE FUNCTION public.audit_head_advance();


--
-- Name: audit_heads audit_heads_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON public.audit_heads FOR EACH STATEMENT EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: audit_log audit_log_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: audit_log audit_log_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: identity_records identity_records_live_key; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER identity_records_live_key BEFORE INSERT OR UPDATE OF key_id ON public.identity_records FOR EACH ROW EXECUTE FUNCTION public.kiroku_refuse_destroyed_key();


--
-- Name: police_requests police_requests_live_key; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER police_requests_live_key BEFORE INSERT OR UPDATE OF key_id ON public.police_requests FOR EACH ROW EXECUTE FUNCTION public.kiroku_refuse_destroyed_key();


--
-- Name: purge_certificate_signatures purge_certificate_signatures_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purge_certificate_signatures_append_only BEFORE DELETE OR UPDATE ON public.purge_certificate_signatures FOR EACH ROW EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: purge_certificate_signatures purge_certificate_signatures_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purge_certificate_signatures_no_truncate BEFORE TRUNCATE ON public.purge_certificate_signatures FOR EACH STATEMENT EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: purge_certificates purge_certificates_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purge_certificates_append_only BEFORE DELETE OR UPDATE ON public.purge_certificates FOR EACH ROW EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: purge_certificates purge_certificates_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER purge_certificates_no_truncate BEFORE TRUNCATE ON public.purge_certificates FOR EACH STATEMENT EXECUTE FUNCTION public.audit_refuse_change();


--
-- Name: terminal_events terminal_events_count_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER terminal_events_count_delete AFTER DELETE ON public.terminal_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.terminal_event_days_count();


--
-- Name: terminal_events terminal_events_count_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER terminal_events_count_insert AFTER INSERT ON public.terminal_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.terminal_event_days_count();


--
-- Name: terminal_events terminal_events_count_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER terminal_events_count_update AFTER UPDATE ON public.terminal_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.terminal_event_days_count();


--
-- Name: visit_segments visit_segments_visit_fkey; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER visit_segments_visit_fkey AFTER INSERT OR UPDATE OF store_id, visit_id, retention_until ON public.visit_segments NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.kiroku_check_segment_visit();


--
-- Name: visits visits_deleted_segments_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER visits_deleted_segments_check AFTER DELETE ON public.visits REFERENCING OLD TABLE AS old_visits FOR EACH STATEMENT EXECUTE FUNCTION public.kiroku_check_visits_left_no_segments();


--
-- Name: visits visits_updated_segments_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER visits_updated_segments_check AFTER UPDATE ON public.visits REFERENCING OLD TABLE AS old_visits NEW TABLE AS new_visits FOR EACH STATEMENT EXECUTE FUNCTION public.kiroku_check_visits_left_no_segments();


--
-- Name: audit_checkpoints audit_checkpoints_key_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_checkpoints
    ADD CONSTRAINT audit_checkpoints_key_id_fkey FOREIGN KEY (key_id) REFERENCES public.store_signing_keys(id);


--
-- Name: audit_checkpoints audit_checkpoints_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_checkpoints
    ADD CONSTRAINT audit_checkpoints_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: audit_heads audit_heads_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_heads
    ADD CONSTRAINT audit_heads_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: audit_log audit_log_staff_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff(id);


--
-- Name: audit_log audit_log_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: auth_sessions auth_sessions_staff_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_sessions
    ADD CONSTRAINT auth_sessions_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff(id);


--
-- Name: booths booths_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booths
    ADD CONSTRAINT booths_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: gateways gateways_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT gateways_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: idempotency_keys idempotency_keys_staff_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES public.staff(id);


--
-- Name: idempotency_keys idempotency_keys_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: identity_records identity_records_key_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_records
    ADD CONSTRAINT identity_records_key_id_fkey FOREIGN KEY (key_id) REFERENCES public.data_keys(id);


--
-- Name: identity_records identity_records_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_records
    ADD CONSTRAINT identity_records_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: identity_records identity_records_verified_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_records
    ADD CONSTRAINT identity_records_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES public.staff(id);


--
-- Name: legal_hold_items legal_hold_items_store_id_hold_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_hold_items
    ADD CONSTRAINT legal_hold_items_store_id_hold_id_fkey FOREIGN KEY (store_id, hold_id) REFERENCES public.legal_holds(store_id, id);


--
-- Name: legal_hold_items legal_hold_items_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_hold_items
    ADD CONSTRAINT legal_hold_items_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: legal_holds legal_holds_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_holds
    ADD CONSTRAINT legal_holds_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.staff(id);


--
-- Name: legal_holds legal_holds_released_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_holds
    ADD CONSTRAINT legal_holds_released_by_fkey FOREIGN KEY (released_by) REFERENCES public.staff(id);


--
-- Name: legal_holds legal_holds_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_holds
    ADD CONSTRAINT legal_holds_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: member_cards member_cards_issued_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_cards
    ADD CONSTRAINT member_cards_issued_by_fkey FOREIGN KEY (issued_by) REFERENCES public.staff(id);


--
-- Name: member_cards member_cards_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_cards
    ADD CONSTRAINT member_cards_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: member_cards member_cards_store_id_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.member_cards
    ADD CONSTRAINT member_cards_store_id_member_id_fkey FOREIGN KEY (store_id, member_id) REFERENCES public.members(store_id, id);


--
-- Name: members members_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.staff(id);


--
-- Name: members members_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: members members_store_id_identity_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_store_id_identity_record_id_fkey FOREIGN KEY (store_id, identity_record_id) REFERENCES public.identity_records(store_id, id);


--
-- Name: nat_uploads nat_uploads_gateway_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nat_uploads
    ADD CONSTRAINT nat_uploads_gateway_id_fkey FOREIGN KEY (gateway_id) REFERENCES public.gateways(id);


--
-- Name: nat_uploads nat_uploads_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nat_uploads
    ADD CONSTRAINT nat_uploads_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: partitioned_tables partitioned_tables_parent_table_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partitioned_tables
    ADD CONSTRAINT partitioned_tables_parent_table_fkey FOREIGN KEY (parent_table) REFERENCES public.partitioned_tables(table_name);


--
-- Name: police_answer_numbers police_answer_numbers_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_answer_numbers
    ADD CONSTRAINT police_answer_numbers_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: police_disclosures police_disclosures_request_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_disclosures
    ADD CONSTRAINT police_disclosures_request_id_fkey FOREIGN KEY (request_id) REFERENCES public.police_requests(id);


--
-- Name: police_disclosures police_disclosures_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_disclosures
    ADD CONSTRAINT police_disclosures_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: police_requests police_requests_answered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_answered_by_fkey FOREIGN KEY (answered_by) REFERENCES public.staff(id);


--
-- Name: police_requests police_requests_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.staff(id);


--
-- Name: police_requests police_requests_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.staff(id);


--
-- Name: police_requests police_requests_key_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_key_id_fkey FOREIGN KEY (key_id) REFERENCES public.data_keys(id);


--
-- Name: police_requests police_requests_question_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_question_terminal_id_fkey FOREIGN KEY (question_terminal_id) REFERENCES public.terminals(id);


--
-- Name: police_requests police_requests_rejected_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_rejected_by_fkey FOREIGN KEY (rejected_by) REFERENCES public.staff(id);


--
-- Name: police_requests police_requests_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: police_requests police_requests_store_id_question_booth_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.police_requests
    ADD CONSTRAINT police_requests_store_id_question_booth_id_fkey FOREIGN KEY (store_id, question_booth_id) REFERENCES public.booths(store_id, id);


--
-- Name: purge_certificate_signatures purge_certificate_signatures_certificate_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purge_certificate_signatures
    ADD CONSTRAINT purge_certificate_signatures_certificate_id_fkey FOREIGN KEY (certificate_id) REFERENCES public.purge_certificates(id);


--
-- Name: purge_certificate_signatures purge_certificate_signatures_signing_key_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purge_certificate_signatures
    ADD CONSTRAINT purge_certificate_signatures_signing_key_id_fkey FOREIGN KEY (signing_key_id) REFERENCES public.store_signing_keys(id);


--
-- Name: purge_certificate_signatures purge_certificate_signatures_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purge_certificate_signatures
    ADD CONSTRAINT purge_certificate_signatures_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: purge_certificates purge_certificates_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.purge_certificates
    ADD CONSTRAINT purge_certificates_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: staff staff_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: store_signing_keys store_signing_keys_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store_signing_keys
    ADD CONSTRAINT store_signing_keys_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: terminal_event_days terminal_event_days_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_event_days
    ADD CONSTRAINT terminal_event_days_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: terminal_event_days terminal_event_days_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_event_days
    ADD CONSTRAINT terminal_event_days_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: terminal_events terminal_events_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.terminal_events
    ADD CONSTRAINT terminal_events_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: terminal_events terminal_events_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.terminal_events
    ADD CONSTRAINT terminal_events_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: terminals terminals_store_id_booth_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_store_id_booth_id_fkey FOREIGN KEY (store_id, booth_id) REFERENCES public.booths(store_id, id);


--
-- Name: terminals terminals_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: visit_segments visit_segments_store_id_booth_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visit_segments
    ADD CONSTRAINT visit_segments_store_id_booth_id_fkey FOREIGN KEY (store_id, booth_id) REFERENCES public.booths(store_id, id);


--
-- Name: visit_segments visit_segments_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visit_segments
    ADD CONSTRAINT visit_segments_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: visit_segments visit_segments_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visit_segments
    ADD CONSTRAINT visit_segments_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: visits visits_ended_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visits
    ADD CONSTRAINT visits_ended_by_fkey FOREIGN KEY (ended_by) REFERENCES public.staff(id);


--
-- Name: visits visits_started_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visits
    ADD CONSTRAINT visits_started_by_fkey FOREIGN KEY (started_by) REFERENCES public.staff(id);


--
-- Name: visits visits_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visits
    ADD CONSTRAINT visits_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: visits visits_store_id_identity_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visits
    ADD CONSTRAINT visits_store_id_identity_record_id_fkey FOREIGN KEY (store_id, identity_record_id) REFERENCES public.identity_records(store_id, id);


--
-- Name: visits visits_store_id_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.visits
    ADD CONSTRAINT visits_store_id_member_id_fkey FOREIGN KEY (store_id, member_id) REFERENCES public.members(store_id, id);


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO kiroku_app;


--
-- Name: FUNCTION kiroku_drop_partition(p_table text, p_month date, p_as_of timestamp with time zone); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_drop_partition(p_table text, p_month date, p_as_of timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION public.kiroku_drop_partition(p_table text, p_month date, p_as_of timestamp with time zone) TO kiroku_app;


--
-- Name: FUNCTION kiroku_drop_partition_by_store(p_table text, p_month date, p_as_of timestamp with time zone); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_drop_partition_by_store(p_table text, p_month date, p_as_of timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION public.kiroku_drop_partition_by_store(p_table text, p_month date, p_as_of timestamp with time zone) TO kiroku_app;


--
-- Name: FUNCTION kiroku_drop_prepared_partition(p_table text, p_month date); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_drop_prepared_partition(p_table text, p_month date) FROM PUBLIC;


--
-- Name: FUNCTION kiroku_ensure_partition(p_table text, p_month date); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_ensure_partition(p_table text, p_month date) FROM PUBLIC;
GRANT ALL ON FUNCTION public.kiroku_ensure_partition(p_table text, p_month date) TO kiroku_app;


--
-- Name: FUNCTION kiroku_lock_for_partition_ddl(p_tables text[], p_referenced_mode text, p_table_mode text, p_default_mode text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_lock_for_partition_ddl(p_tables text[], p_referenced_mode text, p_table_mode text, p_default_mode text) FROM PUBLIC;


--
-- Name: FUNCTION kiroku_maintain_partitions(p_as_of timestamp with time zone); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_maintain_partitions(p_as_of timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION public.kiroku_maintain_partitions(p_as_of timestamp with time zone) TO kiroku_app;


--
-- Name: FUNCTION kiroku_prepare_partition_drop(p_table text, p_month date, p_as_of timestamp with time zone); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_prepare_partition_drop(p_table text, p_month date, p_as_of timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION kiroku_purge_event_rows(p_table text, p_store_id bigint, p_before timestamp with time zone, p_as_of timestamp with time zone, p_limit integer, p_count_only boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_purge_event_rows(p_table text, p_store_id bigint, p_before timestamp with time zone, p_as_of timestamp with time zone, p_limit integer, p_count_only boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.kiroku_purge_event_rows(p_table text, p_store_id bigint, p_before timestamp with time zone, p_as_of timestamp with time zone, p_limit integer, p_count_only boolean) TO kiroku_app;


--
-- Name: FUNCTION kiroku_purge_nat_partitions(p_before timestamp with time zone, p_as_of timestamp with time zone, p_count_only boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.kiroku_purge_nat_partitions(p_before timestamp with time zone, p_as_of timestamp with time zone, p_count_only boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.kiroku_purge_nat_partitions(p_before timestamp with time zone, p_as_of timestamp with time zone, p_count_only boolean) TO kiroku_app;


--
-- Name: TABLE partitioned_tables; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.partitioned_tables TO kiroku_app;


--
-- Name: FUNCTION nat_mappings_drop_expired(today date); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.nat_mappings_drop_expired(today date) FROM PUBLIC;
GRANT ALL ON FUNCTION public.nat_mappings_drop_expired(today date) TO kiroku_app;


--
-- Name: FUNCTION nat_mappings_ensure_partition(month date); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.nat_mappings_ensure_partition(month date) FROM PUBLIC;
GRANT ALL ON FUNCTION public.nat_mappings_ensure_partition(month date) TO kiroku_app;


--
-- Name: TABLE audit_checkpoints; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.audit_checkpoints TO kiroku_app;


--
-- Name: SEQUENCE audit_checkpoints_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.audit_checkpoints_id_seq TO kiroku_app;


--
-- Name: TABLE audit_heads; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.audit_heads TO kiroku_app;


--
-- Name: TABLE audit_log; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.audit_log TO kiroku_app;


--
-- Name: TABLE auth_sessions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.auth_sessions TO kiroku_app;


--
-- Name: SEQUENCE auth_sessions_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.auth_sessions_id_seq TO kiroku_app;


--
-- Name: TABLE booths; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.booths TO kiroku_app;


--
-- Name: SEQUENCE booths_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.booths_id_seq TO kiroku_app;


--
-- Name: TABLE data_keys; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.data_keys TO kiroku_app;


--
-- Name: SEQUENCE data_keys_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.data_keys_id_seq TO kiroku_app;


--
-- Name: TABLE gateways; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.gateways TO kiroku_app;


--
-- Name: SEQUENCE gateways_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.gateways_id_seq TO kiroku_app;


--
-- Name: TABLE idempotency_keys; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.idempotency_keys TO kiroku_app;


--
-- Name: TABLE identity_records; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.identity_records TO kiroku_app;


--
-- Name: TABLE key_vault_instance; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.key_vault_instance TO kiroku_app;


--
-- Name: TABLE legal_hold_items; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.legal_hold_items TO kiroku_app;


--
-- Name: SEQUENCE legal_hold_items_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.legal_hold_items_id_seq TO kiroku_app;


--
-- Name: TABLE legal_holds; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.legal_holds TO kiroku_app;


--
-- Name: TABLE member_cards; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.member_cards TO kiroku_app;


--
-- Name: SEQUENCE member_cards_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.member_cards_id_seq TO kiroku_app;


--
-- Name: TABLE members; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.members TO kiroku_app;


--
-- Name: TABLE nat_mappings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.nat_mappings TO kiroku_app;


--
-- Name: TABLE nat_uploads; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.nat_uploads TO kiroku_app;


--
-- Name: SEQUENCE nat_uploads_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.nat_uploads_id_seq TO kiroku_app;


--
-- Name: TABLE police_agencies; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.police_agencies TO kiroku_app;


--
-- Name: SEQUENCE police_agencies_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.police_agencies_id_seq TO kiroku_app;


--
-- Name: TABLE police_answer_numbers; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.police_answer_numbers TO kiroku_app;


--
-- Name: TABLE police_disclosures; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.police_disclosures TO kiroku_app;


--
-- Name: SEQUENCE police_disclosures_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.police_disclosures_id_seq TO kiroku_app;


--
-- Name: TABLE police_requests; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.police_requests TO kiroku_app;


--
-- Name: TABLE purge_certificate_signatures; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.purge_certificate_signatures TO kiroku_app;


--
-- Name: TABLE purge_certificates; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.purge_certificates TO kiroku_app;


--
-- Name: TABLE schema_migrations; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.schema_migrations TO kiroku_app;


--
-- Name: TABLE staff; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.staff TO kiroku_app;


--
-- Name: SEQUENCE staff_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.staff_id_seq TO kiroku_app;


--
-- Name: TABLE store_signing_keys; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.store_signing_keys TO kiroku_app;


--
-- Name: SEQUENCE store_signing_keys_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.store_signing_keys_id_seq TO kiroku_app;


--
-- Name: TABLE stores; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.stores TO kiroku_app;


--
-- Name: SEQUENCE stores_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.stores_id_seq TO kiroku_app;


--
-- Name: TABLE terminal_event_days; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.terminal_event_days TO kiroku_app;


--
-- Name: TABLE terminal_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.terminal_events TO kiroku_app;


--
-- Name: TABLE terminal_events_default; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.terminal_events_default TO kiroku_app;


--
-- Name: SEQUENCE terminal_events_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.terminal_events_id_seq TO kiroku_app;


--
-- Name: TABLE terminals; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.terminals TO kiroku_app;


--
-- Name: SEQUENCE terminals_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.terminals_id_seq TO kiroku_app;


--
-- Name: TABLE visit_segments; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visit_segments TO kiroku_app;


--
-- Name: TABLE visit_segments_default; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visit_segments_default TO kiroku_app;


--
-- Name: SEQUENCE visit_segments_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.visit_segments_id_seq TO kiroku_app;


--
-- Name: TABLE visit_segments_open; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visit_segments_open TO kiroku_app;


--
-- Name: TABLE visits; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visits TO kiroku_app;


--
-- Name: TABLE visits_default; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visits_default TO kiroku_app;


--
-- Name: TABLE visits_open; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visits_open TO kiroku_app;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE kiroku IN SCHEMA public GRANT USAGE ON SEQUENCES  TO kiroku_app;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE kiroku IN SCHEMA public GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO kiroku_app;


--
-- PostgreSQL database dump complete
--


