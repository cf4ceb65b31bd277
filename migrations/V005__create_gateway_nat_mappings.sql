-- NAT logs from a store's gateway: which terminal was behind the cafe's public address and port at a time.
-- The gateway (the router translating every booth PC's private address to the cafe's one public address) uploads
-- its connection-tracking log; each translated connection becomes a mapping private address:port <-> public
-- address:port with the times it began and ended. The remote end of a connection (the site a customer visited) is
-- never stored: that would be browsing history, which the ordinance does not ask for.

CREATE TABLE gateways (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id        bigint      NOT NULL REFERENCES stores (id),
    name            text        NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,31}$'),
    credential_hash text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (store_id, name)
);
COMMENT ON COLUMN gateways.credential_hash IS 'keyed hash of the gateway''s credential for NAT log uploads';

-- One row per upload (an HTTP request body, or a chunk of a file given to kirokuctl ingest-nat). The same bytes
-- uploaded again (a retry) are recognised by their hash and answered with this row instead of being stored twice.
CREATE TABLE nat_uploads (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id          bigint      NOT NULL REFERENCES stores (id),
    gateway_id        bigint REFERENCES gateways (id),
    format            text        NOT NULL,
    content_sha256    text        NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    first_line        bigint      NOT NULL CHECK (first_line >= 1),
    received_at       timestamptz NOT NULL DEFAULT now(),
    line_count        bigint      NOT NULL,
    event_count       bigint      NOT NULL,
    skipped_count     bigint      NOT NULL,
    malformed_count   bigint      NOT NULL,
    malformed_lines   jsonb       NOT NULL CHECK (jsonb_typeof(malformed_lines) = 'array'),
    mappings_inserted bigint      NOT NULL DEFAULT 0,
    mappings_closed   bigint      NOT NULL DEFAULT 0,
    mappings_known    bigint      NOT NULL DEFAULT 0,
    UNIQUE (store_id, content_sha256)
);
COMMENT ON COLUMN nat_uploads.malformed_lines IS 'the first 100 refused lines: [{"line": n, "reason": fixed text}], never line contents';

-- Monthly range partitions on key_at (UTC months), named nat_mappings_pYYYYMM, created on demand by ingestion
-- through nat_mappings_ensure_partition. No foreign keys: rows arrive by the hundred thousand through COPY, and
-- store_id and upload_id are set by the server inside the upload's own transaction.
CREATE TABLE nat_mappings (
    store_id        bigint      NOT NULL,
    key_at          timestamptz NOT NULL,
    protocol        smallint    NOT NULL CHECK (protocol BETWEEN 0 AND 255),
    public_ip       inet        NOT NULL,
    public_port     integer     NOT NULL CHECK (public_port BETWEEN 0 AND 65535),
    private_ip      inet        NOT NULL,
    private_port    integer     NOT NULL CHECK (private_port BETWEEN 0 AND 65535),
    started_at      timestamptz,
    start_estimated boolean     NOT NULL DEFAULT false,
    ended_at        timestamptz,
    upload_id       bigint      NOT NULL,
    CHECK (started_at IS NULL OR started_at = key_at),
    CHECK (NOT start_estimated OR started_at IS NOT NULL),
    CHECK (ended_at IS NULL OR ended_at >= key_at)
) PARTITION BY RANGE (key_at);
COMMENT ON TABLE nat_mappings IS 'gateway NAT mappings: private address:port <-> public address:port over time; never the remote end';
COMMENT ON COLUMN nat_mappings.key_at IS 'started_at when known, else the first instant the log showed the mapping';
COMMENT ON COLUMN nat_mappings.start_estimated IS 'started_at is the DESTROY time minus its whole-second delta-time';
-- The natural key (a retried or overlapping upload never duplicates a row) and the lookup index: police ask by
-- public address and port around an instant.
CREATE UNIQUE INDEX nat_mappings_public_idx
    ON nat_mappings (store_id, public_ip, public_port, key_at, protocol, private_ip, private_port);

-- Which terminal had a private address at a time: the latest address assignment at or before it.
CREATE INDEX terminal_events_ip_assigned_idx ON terminal_events (store_id, private_ip, at) WHERE kind = 'ip_assigned';

-- Creates the partition of the UTC month holding `month` unless it exists. Creators are serialised by an advisory
-- lock; call it in a short transaction of its own (creating a partition locks the parent table).
CREATE FUNCTION nat_mappings_ensure_partition(month date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
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

-- Retention: NAT mappings are terminal-usage records, kept 3 years from the day they ended. Drops each monthly
-- partition whose mappings all ended (by ended_at, else key_at) before `today` minus 3 years and a day (the day
-- covers every store's time zone), and returns how many it dropped. A general purge will take this over.
CREATE FUNCTION nat_mappings_drop_expired(today date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
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
$$;

-- The server runs as kiroku_app, which may not create or drop tables: these two functions run as the migrating
-- role (SECURITY DEFINER, fixed search_path) and only ever touch nat_mappings' monthly partitions.
REVOKE EXECUTE ON FUNCTION nat_mappings_ensure_partition(date), nat_mappings_drop_expired(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nat_mappings_ensure_partition(date), nat_mappings_drop_expired(date) TO kiroku_app;
