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


SET default_tablespace = '';

SET default_table_access_method = heap;

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
    CONSTRAINT data_keys_check CHECK (((destroyed_at IS NULL) = (wrapped_key IS NOT NULL))),
    CONSTRAINT data_keys_purpose_check CHECK ((purpose = ANY (ARRAY['personal_fields'::text, 'index_root'::text]))),
    CONSTRAINT data_keys_scope_check CHECK ((scope ~ '^(retention:[0-9]{4}-[0-9]{2}|global)$'::text))
);


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
-- Name: COLUMN police_requests.submitter; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.police_requests.submitter IS 'staff:<id> or agency:<key>, the scope of the Idempotency-Key';


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
    CONSTRAINT visit_segments_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at)))
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
    retention_until date,
    CONSTRAINT visits_check CHECK (((ended_at IS NULL) OR (ended_at >= started_at))),
    CONSTRAINT visits_check1 CHECK (((ended_at IS NULL) = (retention_until IS NULL))),
    CONSTRAINT visits_check2 CHECK ((minor OR (minor_must_leave_at IS NULL)))
);


--
-- Name: COLUMN visits.minor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.visits.minor IS 'the customer was under the store''s minor age at check-in';


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
    ADD CONSTRAINT terminal_events_pkey PRIMARY KEY (id);


--
-- Name: terminal_events terminal_events_terminal_id_event_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events
    ADD CONSTRAINT terminal_events_terminal_id_event_key_key UNIQUE (terminal_id, event_key);


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
    ADD CONSTRAINT visit_segments_pkey PRIMARY KEY (id);


--
-- Name: visits visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_pkey PRIMARY KEY (id);


--
-- Name: visits visits_store_id_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_store_id_id_key UNIQUE (store_id, id);


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
-- Name: identity_records_name_dob_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identity_records_name_dob_idx ON public.identity_records USING btree (store_id, name_dob_bidx);


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
-- Name: members_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_identity_idx ON public.members USING btree (identity_record_id);


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
-- Name: police_requests_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX police_requests_store_idx ON public.police_requests USING btree (store_id, received_at);


--
-- Name: staff_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_store_idx ON public.staff USING btree (store_id);


--
-- Name: store_signing_keys_current_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX store_signing_keys_current_idx ON public.store_signing_keys USING btree (store_id) WHERE (retired_at IS NULL);


--
-- Name: terminal_events_terminal_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminal_events_terminal_time_idx ON public.terminal_events USING btree (terminal_id, at);


--
-- Name: visit_segments_booth_end_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_booth_end_idx ON public.visit_segments USING btree (booth_id, ended_at);


--
-- Name: visit_segments_booth_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_booth_time_idx ON public.visit_segments USING btree (booth_id, started_at);


--
-- Name: visit_segments_open_booth_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX visit_segments_open_booth_idx ON public.visit_segments USING btree (booth_id) WHERE (ended_at IS NULL);


--
-- Name: visit_segments_open_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX visit_segments_open_visit_idx ON public.visit_segments USING btree (visit_id) WHERE (ended_at IS NULL);


--
-- Name: visit_segments_store_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_store_time_idx ON public.visit_segments USING btree (store_id, started_at);


--
-- Name: visit_segments_store_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_store_visit_idx ON public.visit_segments USING btree (store_id, visit_id);


--
-- Name: visit_segments_terminal_end_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_terminal_end_idx ON public.visit_segments USING btree (terminal_id, ended_at);


--
-- Name: visit_segments_terminal_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_terminal_time_idx ON public.visit_segments USING btree (terminal_id, started_at);


--
-- Name: visit_segments_visit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visit_segments_visit_idx ON public.visit_segments USING btree (visit_id, started_at);


--
-- Name: visits_active_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX visits_active_identity_idx ON public.visits USING btree (store_id, identity_record_id) WHERE (ended_at IS NULL);


--
-- Name: visits_active_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_active_idx ON public.visits USING btree (store_id) WHERE (ended_at IS NULL);


--
-- Name: visits_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_identity_idx ON public.visits USING btree (identity_record_id, started_at);


--
-- Name: visits_store_retention_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_store_retention_idx ON public.visits USING btree (store_id, retention_until) WHERE (retention_until IS NOT NULL);


--
-- Name: visits_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX visits_time_idx ON public.visits USING btree (store_id, started_at);


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

ALTER TABLE ONLY public.terminal_events
    ADD CONSTRAINT terminal_events_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: terminal_events terminal_events_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminal_events
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

ALTER TABLE ONLY public.visit_segments
    ADD CONSTRAINT visit_segments_store_id_booth_id_fkey FOREIGN KEY (store_id, booth_id) REFERENCES public.booths(store_id, id);


--
-- Name: visit_segments visit_segments_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments
    ADD CONSTRAINT visit_segments_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: visit_segments visit_segments_store_id_visit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments
    ADD CONSTRAINT visit_segments_store_id_visit_id_fkey FOREIGN KEY (store_id, visit_id) REFERENCES public.visits(store_id, id);


--
-- Name: visit_segments visit_segments_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_segments
    ADD CONSTRAINT visit_segments_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: visits visits_ended_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_ended_by_fkey FOREIGN KEY (ended_by) REFERENCES public.staff(id);


--
-- Name: visits visits_started_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_started_by_fkey FOREIGN KEY (started_by) REFERENCES public.staff(id);


--
-- Name: visits visits_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: visits visits_store_id_identity_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_store_id_identity_record_id_fkey FOREIGN KEY (store_id, identity_record_id) REFERENCES public.identity_records(store_id, id);


--
-- Name: visits visits_store_id_member_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_store_id_member_id_fkey FOREIGN KEY (store_id, member_id) REFERENCES public.members(store_id, id);


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO kiroku_app;


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
-- Name: TABLE idempotency_keys; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.idempotency_keys TO kiroku_app;


--
-- Name: TABLE identity_records; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.identity_records TO kiroku_app;


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
-- Name: SEQUENCE visit_segments_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.visit_segments_id_seq TO kiroku_app;


--
-- Name: TABLE visits; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.visits TO kiroku_app;


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


