-- A batch of the purge costs what its rows cost, not what the month around them costs.
--
-- 1. Deleting visits checked each visit against visit_segments with a row trigger (visits_segments_fkey, V007). Its
--    query went through a cached plan over every month partition of visit_segments, which PostgreSQL locks and
--    prepares whole at each execution: about 0.35 ms a visit, so a batch of 5,000 visits held a core for nearly two
--    seconds. The check is now made once per statement, over the rows the statement deleted or changed (transition
--    tables), at the end of the statement as before: a visit that is gone, or whose key (store, id, retention date)
--    changed, may leave no segment under its former key. Like the terminal-event day counts (V007), the check is the
--    partitioned table's: the server changes rows through the partitioned tables, never by naming a partition.
-- 2. kiroku_purge_event_rows found a batch with LIMIT and deleted it by (tableoid, ctid), which PostgreSQL joins by
--    reading the whole remaining partition again for every batch (a month of 560 k events: about 0.1 s a batch, and
--    quadratic over the month). A batch is now the rows up to the instant of its p_limit-th row, found and deleted
--    along the (store_id, time) index.

DROP TRIGGER visits_segments_fkey ON visits;
DROP FUNCTION kiroku_check_visit_segments();

CREATE FUNCTION kiroku_check_visits_left_no_segments() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
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
CREATE TRIGGER visits_deleted_segments_check AFTER DELETE ON visits
    REFERENCING OLD TABLE AS old_visits
    FOR EACH STATEMENT EXECUTE FUNCTION kiroku_check_visits_left_no_segments();
CREATE TRIGGER visits_updated_segments_check AFTER UPDATE ON visits
    REFERENCING OLD TABLE AS old_visits NEW TABLE AS new_visits
    FOR EACH STATEMENT EXECUTE FUNCTION kiroku_check_visits_left_no_segments();

CREATE OR REPLACE FUNCTION kiroku_purge_event_rows(p_table text, p_store_id bigint, p_before timestamptz,
                                                   p_as_of timestamptz, p_limit integer, p_count_only boolean)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
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
$$;
