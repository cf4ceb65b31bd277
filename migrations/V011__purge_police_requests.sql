-- The purge removes police requests past their retention (retention_until before the store's local today) with
-- their disclosures, except a request that a legal hold in force names (legal_holds.police_request_id); then the
-- police key of a month (police_fields, police:YYYY-MM) is destroyed once no request is under it. See
-- docs/retention.md.
--
-- legal_holds.police_request_id has no foreign key (V007) and gets none: a hold is never deleted and never changes
-- what it names, so once its request is purged the released (or ended) hold keeps the request's id as history, the
-- way legal_hold_items keep the ids of purged records, and as the audit chain's entries about the request do.
COMMENT ON COLUMN legal_holds.police_request_id IS
    'the police request behind the hold, by id without a foreign key: kept as history once the request is purged';

-- The requests of a store by retention date (the purge), and the holds naming a request.
CREATE INDEX police_requests_retention_idx ON police_requests (store_id, retention_until);
CREATE INDEX legal_holds_police_request_idx ON legal_holds (police_request_id) WHERE police_request_id IS NOT NULL;

-- Police requests kept by holds in force at an instant: those a hold names.
CREATE FUNCTION kiroku_held_police_requests(p_as_of timestamptz)
RETURNS TABLE (hold_id uuid, store_id bigint, police_request_id uuid, until date)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT f.hold_id, f.store_id, h.police_request_id, f.until
    FROM kiroku_holds_in_force(p_as_of) f
    JOIN legal_holds h ON h.id = f.hold_id AND h.police_request_id IS NOT NULL
$$;

-- A purge certificate names the months whose police keys it destroyed apart from the customers' months.
ALTER TABLE purge_certificates ADD COLUMN destroyed_police_key_months text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN purge_certificates.destroyed_police_key_months IS
    'YYYY-MM of the police keys (police_fields) the purge destroyed';

-- The purge (the server's role) reads and deletes requests and their disclosures. V003's default privileges already
-- grant this when the migrating role is the one that ran V003; granted explicitly in case it is not.
GRANT SELECT, DELETE ON police_requests, police_disclosures TO kiroku_app;
