-- A month past retention is dropped as a partition, without detaching it first, and its rows are counted without
-- keeping anyone from reading the table.
--
-- kiroku_drop_partition (V007, V010) detached the partition and then dropped it. Detaching turns the partition's
-- inherited foreign keys into foreign keys of its own, which puts triggers on every table they reference (stores,
-- staff, booths, terminals, identity records, members), and dropping the detached table removes them again: so the
-- function locked all those tables ACCESS EXCLUSIVE, and every check-in of that moment waited. Dropping a partition
-- directly removes its inherited foreign keys with it and locks only the partitioned table and its default partition
-- (PostgreSQL 15). And the partition was locked ACCESS EXCLUSIVE while its rows were counted (twice, by store and in
-- all), so a query over the whole table (one no partition bound narrows) waited for the count; SHARE keeps writers
-- out, which is all the count needs, and lets readers through.
--
-- Order of locks in a drop: the partition (SHARE, NOWAIT), then the partitioned table and its default partition
-- (ACCESS EXCLUSIVE, NOWAIT): a purge never waits in a lock queue ahead of check-ins; it is retried instead
-- (PgRetentionStore). Nothing writes into a month past retention, so the rows counted are the rows dropped.

-- Checks that p_month's partition of p_table may go at p_as_of and locks it against writers. NULL: there is no such
-- partition; false: it is not past retention everywhere, or a hold keeps a row of it; true: it is locked.
CREATE FUNCTION kiroku_prepare_partition_drop(p_table text, p_month date, p_as_of timestamptz) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
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

-- Drops a partition that kiroku_prepare_partition_drop locked: the locks DROP TABLE takes on the partitioned table
-- and its default partition are taken first, NOWAIT.
CREATE FUNCTION kiroku_drop_prepared_partition(p_table text, p_month date) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM kiroku_registered_table(p_table);
    EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', p_table);
    EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', p_table || '_default');
    EXECUTE format('DROP TABLE public.%I', kiroku_partition_name(p_table, p_month));
END
$$;

REVOKE ALL ON FUNCTION kiroku_prepare_partition_drop(text, date, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION kiroku_drop_prepared_partition(text, date) FROM PUBLIC;

-- The rows dropped; NULL when there is no such partition, -1 when it may not go yet.
CREATE OR REPLACE FUNCTION kiroku_drop_partition(p_table text, p_month date, p_as_of timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public SET lock_timeout = '2s' SET DateStyle = 'ISO, YMD' SET TimeZone = 'UTC' AS $$
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

-- As kiroku_drop_partition, with the rows each store lost: one row per store (store_id NULL: the partition was
-- empty), no row when there is no such partition, one row with row_count -1 when it may not go yet.
CREATE OR REPLACE FUNCTION kiroku_drop_partition_by_store(p_table text, p_month date, p_as_of timestamptz)
RETURNS TABLE (store_id bigint, row_count bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public SET lock_timeout = '2s' SET DateStyle = 'ISO, YMD' SET TimeZone = 'UTC' AS $$
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
