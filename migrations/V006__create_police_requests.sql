-- Lawful requests from police (domain.md §3): who asked, on what legal basis, about which store and time window,
-- the question, its approval, and the signed answer. A request is for one store. Officer and agency details are not
-- customer data; the personal fields of a question about a person (name, kana, date of birth, document number) and
-- the answer document are stored only as AES-256-GCM ciphertexts under the data key of the request's retention
-- month, bound to ("police_requests", column, request id, key id) like identity fields.

-- Agencies known by their client certificates (subject O). A certificate from the police CA whose organization has
-- no row here is still accepted, its organization standing for the agency; a disabled row refuses it.
CREATE TABLE police_agencies (
    id                       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    certificate_organization text        NOT NULL UNIQUE CHECK (length(certificate_organization) BETWEEN 1 AND 200),
    name                     text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    disabled                 boolean     NOT NULL DEFAULT false,
    created_at               timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE police_requests (
    id                         uuid        PRIMARY KEY,
    store_id                   bigint      NOT NULL REFERENCES stores (id),
    source                     text        NOT NULL CHECK (source IN ('kiosk', 'api')),
    entered_by                 bigint      REFERENCES staff (id),
    agency_key                 text CHECK (length(agency_key) BETWEEN 1 AND 200),
    client_certificate         text CHECK (length(client_certificate) <= 1000),
    agency_name                text        NOT NULL CHECK (length(agency_name) BETWEEN 1 AND 200),
    officer_name               text        NOT NULL CHECK (length(officer_name) BETWEEN 1 AND 100),
    officer_badge              text        NOT NULL CHECK (length(officer_badge) BETWEEN 1 AND 64),
    officer_contact            text        NOT NULL CHECK (length(officer_contact) BETWEEN 1 AND 200),
    legal_basis                text        NOT NULL CHECK (legal_basis IN
        ('ordinance_report', 'ordinance_inspection', 'ccp_197_2', 'warrant', 'emergency_life')),
    warrant_court              text CHECK (length(warrant_court) BETWEEN 1 AND 200),
    warrant_expires_on         date,
    document_reference         text        NOT NULL CHECK (length(document_reference) BETWEEN 1 AND 200),
    document_date              date        NOT NULL,
    scope_from                 timestamptz NOT NULL,
    scope_to                   timestamptz NOT NULL,
    question_kind              text        NOT NULL CHECK (question_kind IN
        ('terminal_at_time', 'person', 'public_endpoint')),
    question_at                timestamptz,
    question_booth_id          bigint,
    question_terminal_id       bigint REFERENCES terminals (id),
    question_public_ip         inet,
    question_source_port       integer CHECK (question_source_port BETWEEN 1 AND 65535),
    question_tolerance_seconds integer CHECK (question_tolerance_seconds BETWEEN 0 AND 3600),
    question_document_kind     text,
    key_id                     integer     NOT NULL REFERENCES data_keys (id),
    question_name_enc          bytea,
    question_name_kana_enc     bytea,
    question_date_of_birth_enc bytea,
    question_document_number_enc bytea,
    status                     text        NOT NULL DEFAULT 'received' CHECK (status IN
        ('received', 'approved', 'answered', 'rejected', 'expired')),
    received_at                timestamptz NOT NULL,
    submitter                  text        NOT NULL CHECK (length(submitter) BETWEEN 1 AND 220),
    idempotency_key            text CHECK (length(idempotency_key) BETWEEN 8 AND 128),
    request_hash               text,
    approved_at                timestamptz,
    approved_by                bigint REFERENCES staff (id),
    review_required            boolean     NOT NULL DEFAULT false,
    rejected_at                timestamptz,
    rejected_by                bigint REFERENCES staff (id),
    rejection_reason           text CHECK (length(rejection_reason) BETWEEN 1 AND 500),
    expired_at                 timestamptz,
    answered_at                timestamptz,
    answered_by                bigint REFERENCES staff (id),
    answer_number              text CHECK (answer_number ~ '^K-[0-9]{4}-[0-9]{6,}$'),
    answer_document_enc        bytea,
    answer_signature           bytea,
    answer_public_key          text,
    retention_until            date        NOT NULL,
    FOREIGN KEY (store_id, question_booth_id) REFERENCES booths (store_id, id),
    CHECK (scope_from <= scope_to),
    CHECK ((source = 'kiosk') = (entered_by IS NOT NULL)),
    CHECK ((source = 'api') = (agency_key IS NOT NULL)),
    CHECK ((legal_basis = 'warrant') = (warrant_court IS NOT NULL)),
    CHECK ((legal_basis = 'warrant') = (warrant_expires_on IS NOT NULL)),
    CHECK ((idempotency_key IS NULL) = (request_hash IS NULL)),
    CHECK ((approved_at IS NULL) = (approved_by IS NULL)),
    CHECK ((status = 'rejected') = (rejected_at IS NOT NULL AND rejection_reason IS NOT NULL)),
    CHECK ((status = 'expired') = (expired_at IS NOT NULL)),
    CHECK ((status = 'answered') = (answered_at IS NOT NULL AND answer_number IS NOT NULL AND
                                    answer_document_enc IS NOT NULL)),
    CHECK (status NOT IN ('approved', 'answered') OR approved_at IS NOT NULL),
    UNIQUE (store_id, answer_number),
    UNIQUE (submitter, idempotency_key)
);
COMMENT ON TABLE police_requests IS 'lawful requests from police: question fields about a person and the answer are encrypted';
COMMENT ON COLUMN police_requests.agency_key IS 'requests submitted over mutual TLS: the agency of the client certificate, the only one that may read them';
COMMENT ON COLUMN police_requests.submitter IS 'staff:<id> or agency:<key>, the scope of the Idempotency-Key';
CREATE INDEX police_requests_store_idx ON police_requests (store_id, received_at);
CREATE INDEX police_requests_agency_idx ON police_requests (agency_key, received_at) WHERE agency_key IS NOT NULL;

-- Answer numbers run per store and calendar year (store time zone): K-2026-000123.
CREATE TABLE police_answer_numbers (
    store_id    bigint  NOT NULL REFERENCES stores (id),
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    last_number integer NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (store_id, year)
);

-- What each answer matched and disclosed. Identity records and visits are referenced by id only, so this log outlives
-- the records once their retention ends and any hold is released.
CREATE TABLE police_disclosures (
    id                 bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id         uuid    NOT NULL REFERENCES police_requests (id),
    store_id           bigint  NOT NULL REFERENCES stores (id),
    identity_record_id uuid    NOT NULL,
    visit_id           uuid,
    segment_id         bigint,
    disclosed          boolean NOT NULL,
    CHECK (visit_id IS NOT NULL OR segment_id IS NULL)
);
COMMENT ON COLUMN police_disclosures.disclosed IS 'false: the record matched the question but nothing of it was in the answer';
CREATE INDEX police_disclosures_request_idx ON police_disclosures (request_id);
CREATE INDEX police_disclosures_identity_idx ON police_disclosures (identity_record_id);

-- The lookups of an answer: a visit's segments, and the segments of a booth or terminal that end after the start of
-- the asked window (police ask mostly about recent times, so the scan starts near the present).
CREATE INDEX visit_segments_visit_idx ON visit_segments (visit_id, started_at);
CREATE INDEX visit_segments_booth_end_idx ON visit_segments (booth_id, ended_at);
CREATE INDEX visit_segments_terminal_end_idx ON visit_segments (terminal_id, ended_at);
