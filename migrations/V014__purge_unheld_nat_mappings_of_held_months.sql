-- A hold keeps the NAT mappings it names, not their whole month.
--
-- kiroku_purge_nat_partitions (V008) kept a month of nat_mappings whole while a hold in force named a mapping in it
-- (a police answer's hold names the mappings the answer went through): every other customer's connections of that
-- month outlived their retention with it. Now, when such a month is past retention, the mappings that holds in force
-- name (by store, public address, port and key instant, as legal_hold_items records them) are set aside, the month's
-- partition is dropped and made again, and they are put back: the rest go, at the cost of a partition drop however
-- large the month. The function returns, for such a month, one row per hold that keeps it (row_count: the rows kept)
-- and one row per store with the rows that went (hold_id NULL), as for a month dropped whole; the caller tells the
-- two apart by the hold rows. Nothing writes into a month past retention, so the rows counted are the rows dropped.
-- The rows set aside wait in a temporary table, named with pg_temp and pg_temp last in the search path, so that no
-- table of the caller's session can stand in for it or for the tables the function reads.
CREATE OR REPLACE FUNCTION kiroku_purge_nat_partitions(p_before timestamptz, p_as_of timestamptz, p_count_only boolean)
RETURNS TABLE (partition_name text, store_id bigint, row_count bigint, hold_id uuid, hold_store_id bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '2s' AS $$
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
$$;
