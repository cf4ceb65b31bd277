-- Police requests get data keys of their own. V006 encrypted a request's question fields and its answer document
-- under the customers' key of the request's retention month, so that key could never be destroyed while the
-- request was kept, and the purged customers of that month stayed readable in old backups. From here on a request
-- is encrypted under the key of purpose 'police_fields' and scope 'police:YYYY-MM' (its retention month), split with
-- the key vault like the customers' keys. Requests stored before are moved onto their police key by the purge,
-- before it destroys the month key they are under (a migration has no keys to re-encrypt with). See
-- docs/retention.md.

ALTER TABLE data_keys DROP CONSTRAINT data_keys_purpose_check;
ALTER TABLE data_keys ADD CONSTRAINT data_keys_purpose_check
    CHECK (purpose IN ('personal_fields', 'police_fields', 'index_root'));
ALTER TABLE data_keys DROP CONSTRAINT data_keys_scope_check;
ALTER TABLE data_keys ADD CONSTRAINT data_keys_scope_check
    CHECK (scope ~ '^((retention|police):[0-9]{4}-[0-9]{2}|global)$');
ALTER TABLE data_keys ADD CONSTRAINT data_keys_police_scope_check
    CHECK ((purpose = 'police_fields') = (scope LIKE 'police:%'));

COMMENT ON COLUMN police_requests.key_id IS
    'the police key of the request''s retention month (police_fields, police:YYYY-MM); before V008 a customers'' month key';

-- A request is never written under a destroyed key (as V007 does for identity records): the purge re-encrypts a
-- request with its row locked, and an answer written meanwhile waits for it and then uses the new key.
CREATE TRIGGER police_requests_live_key
    BEFORE INSERT OR UPDATE OF key_id ON police_requests
    FOR EACH ROW EXECUTE FUNCTION kiroku_refuse_destroyed_key();

-- --- legal holds keep the NAT mappings a police answer went through -----------------------------------------------
-- An answer to a public_endpoint question goes through gateway NAT mappings (V005). Its hold names them by their
-- public endpoint and key instant (key_at, the NAT log's partition key), without a foreign key: nat_mappings has no
-- key of its own and is partitioned. While the hold is in force, the month of the NAT log holding such a mapping is
-- not dropped (kiroku_purge_nat_partitions).
ALTER TABLE legal_hold_items ADD COLUMN nat_public_ip inet;
ALTER TABLE legal_hold_items ADD COLUMN nat_public_port integer CHECK (nat_public_port BETWEEN 0 AND 65535);
ALTER TABLE legal_hold_items ADD COLUMN nat_key_at timestamptz;
ALTER TABLE legal_hold_items DROP CONSTRAINT legal_hold_items_check;
ALTER TABLE legal_hold_items ADD CONSTRAINT legal_hold_items_check
    CHECK (num_nonnulls(identity_record_id, visit_id, terminal_id, nat_key_at) = 1);
ALTER TABLE legal_hold_items ADD CONSTRAINT legal_hold_items_nat_check
    CHECK ((nat_key_at IS NULL) = (nat_public_ip IS NULL) AND (nat_key_at IS NULL) = (nat_public_port IS NULL));
COMMENT ON COLUMN legal_hold_items.nat_key_at IS
    'a NAT mapping (nat_mappings.key_at, with nat_public_ip and nat_public_port) a police answer went through';
CREATE INDEX legal_hold_items_nat_idx ON legal_hold_items (nat_key_at) WHERE nat_key_at IS NOT NULL;

-- The UTC months of the NAT log that holds in force at p_as_of keep: those holding a mapping a hold names.
CREATE FUNCTION kiroku_held_nat_months(p_as_of timestamptz)
RETURNS TABLE (hold_id uuid, store_id bigint, month date)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT DISTINCT f.hold_id, f.store_id, date_trunc('month', i.nat_key_at AT TIME ZONE 'UTC')::date
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_hold_items i ON i.hold_id = f.hold_id AND i.nat_key_at IS NOT NULL
$$;

-- As V007's, and a month that a hold in force at p_as_of keeps is not dropped: it is returned once per hold with
-- hold_id and hold_store_id set and all its rows (the purge certificate names those holds). A partition dropped (or,
-- with p_count_only, that would be) is returned once per store with that store's rows (store_id NULL: it was empty),
-- without a hold.
DROP FUNCTION kiroku_purge_nat_partitions(timestamptz, boolean);
CREATE FUNCTION kiroku_purge_nat_partitions(p_before timestamptz, p_as_of timestamptz, p_count_only boolean)
RETURNS TABLE (partition_name text, store_id bigint, row_count bigint, hold_id uuid, hold_store_id bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public SET lock_timeout = '2s' AS $$
DECLARE
    part record;
    h record;
    v_latest timestamptz;
    v_rows bigint;
    v_stores bigint[];
    v_counts bigint[];
    v_held boolean;
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
        EXECUTE format('SELECT max(coalesce(ended_at, key_at)), count(*) FROM public.%I', part.name)
            INTO v_latest, v_rows;
        CONTINUE WHEN v_latest IS NOT NULL AND v_latest >= p_before;
        partition_name := part.name;
        v_held := false;
        FOR h IN SELECT m.hold_id, m.store_id FROM kiroku_held_nat_months(p_as_of) m WHERE m.month = part.month
                 ORDER BY m.hold_id LOOP
            v_held := true;
            store_id := NULL;
            row_count := v_rows;
            hold_id := h.hold_id;
            hold_store_id := h.store_id;
            RETURN NEXT;
        END LOOP;
        CONTINUE WHEN v_held;
        EXECUTE format('SELECT array_agg(x.s ORDER BY x.s), array_agg(x.n ORDER BY x.s) '
                       'FROM (SELECT store_id AS s, count(*) AS n FROM public.%I GROUP BY store_id) x', part.name)
            INTO v_stores, v_counts;
        IF NOT p_count_only THEN
            EXECUTE format('DROP TABLE public.%I', part.name);
        END IF;
        hold_id := NULL;
        hold_store_id := NULL;
        IF v_stores IS NULL THEN
            store_id := NULL;
            row_count := 0;
            RETURN NEXT;
        ELSE
            FOR i IN 1..cardinality(v_stores) LOOP
                store_id := v_stores[i];
                row_count := v_counts[i];
                RETURN NEXT;
            END LOOP;
        END IF;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kiroku_purge_nat_partitions(timestamptz, timestamptz, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiroku_purge_nat_partitions(timestamptz, timestamptz, boolean) TO kiroku_app;

-- --- purge certificates count per store ----------------------------------------------------------------------------
-- kiroku_drop_partition, returning the rows dropped per store (each store's signed copy of a purge certificate
-- carries its own counts): one row per store (store_id NULL: the partition was empty, or its rows could not be
-- counted under the lock), no row when there is no such partition, one row with row_count -1 when it refuses.
-- The partition is locked before its rows are counted, so that none comes or goes before the drop.
CREATE FUNCTION kiroku_drop_partition_by_store(p_table text, p_month date, p_as_of timestamptz)
RETURNS TABLE (store_id bigint, row_count bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public SET lock_timeout = '2s' SET DateStyle = 'ISO, YMD' SET TimeZone = 'UTC' AS $$
DECLARE
    v_name text;
    v_stores bigint[];
    v_counts bigint[];
    v_total bigint;
BEGIN
    PERFORM kiroku_registered_table(p_table);
    IF p_month IS NULL OR p_as_of IS NULL OR p_month <> date_trunc('month', p_month)::date THEN
        RAISE EXCEPTION 'give the first day of a month and an as-of instant' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_name := kiroku_partition_name(p_table, p_month);
    IF to_regclass(format('public.%I', v_name)) IS NULL THEN
        RETURN;
    END IF;
    IF kiroku_partition_expired(p_table, p_month, p_as_of) THEN
        EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', v_name);
        EXECUTE format('SELECT array_agg(x.s ORDER BY x.s), array_agg(x.n ORDER BY x.s) '
                       'FROM (SELECT store_id AS s, count(*) AS n FROM public.%I GROUP BY store_id) x', v_name)
            INTO v_stores, v_counts;
    END IF;
    v_total := kiroku_drop_partition(p_table, p_month, p_as_of);
    IF v_total IS NULL THEN
        RETURN;
    END IF;
    IF v_total < 0 OR v_stores IS NULL THEN
        store_id := NULL;
        row_count := v_total;
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
REVOKE ALL ON FUNCTION kiroku_drop_partition_by_store(text, date, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiroku_drop_partition_by_store(text, date, timestamptz) TO kiroku_app;
