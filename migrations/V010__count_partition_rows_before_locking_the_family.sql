-- A partition past retention is counted before its family is locked. kiroku_drop_partition (V007) locked the table
-- family (the parent, the tables belonging to it and the tables they reference, ACCESS EXCLUSIVE) and only then
-- counted the partition's rows, so check-ins, which read and write those tables, waited for the count as well: for
-- a busy month of terminal events (560 k rows) that was the longest part of the drop. The partition alone is locked
-- (NOWAIT, as before) and counted first; nothing writes into a month past retention, so the count is the rows
-- dropped. The family is then locked only to detach and drop. kiroku_drop_partition_by_store (V008), which the purge
-- calls, takes the same partition lock first, so the order of locks is unchanged.
CREATE OR REPLACE FUNCTION kiroku_drop_partition(p_table text, p_month date, p_as_of timestamptz) RETURNS bigint
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
    EXECUTE format('LOCK TABLE ONLY public.%I IN ACCESS EXCLUSIVE MODE NOWAIT', v_name);
    EXECUTE format('SELECT count(*) FROM public.%I', v_name) INTO v_rows;
    PERFORM kiroku_lock_for_partition_ddl(ARRAY[p_table], 'ACCESS EXCLUSIVE', 'ACCESS EXCLUSIVE', NULL);
    EXECUTE format('ALTER TABLE public.%I DETACH PARTITION public.%I', p_table, v_name);
    EXECUTE format('DROP TABLE public.%I', v_name);
    RETURN v_rows;
END
$$;
