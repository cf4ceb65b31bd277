-- Stores, their booths and terminals, and the staff who work there.
-- Rule sets are data (per store), not code paths named after one prefecture.

CREATE TABLE stores (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                text        NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,31}$'),
    name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    time_zone           text        NOT NULL DEFAULT 'Asia/Tokyo',
    notification_date   date,
    notification_number text,
    rules               jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(rules) = 'object'),
    created_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN stores.notification_date IS 'date the business was notified to the Public Safety Commission';
COMMENT ON COLUMN stores.rules IS 'ordinance rule set: night hours for minors, re-verification interval, accepted documents';

CREATE TABLE booths (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id   bigint NOT NULL REFERENCES stores (id),
    label      text   NOT NULL CHECK (length(label) BETWEEN 1 AND 32),
    kind       text   NOT NULL DEFAULT 'open_seat'
        CHECK (kind IN ('open_seat', 'reclining', 'flat', 'private_room', 'pair')),
    status     text   NOT NULL DEFAULT 'free'
        CHECK (status IN ('free', 'occupied', 'cleaning', 'out_of_service')),
    UNIQUE (store_id, label),
    UNIQUE (store_id, id)
);

CREATE TABLE terminals (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id        bigint NOT NULL REFERENCES stores (id),
    number          text   NOT NULL CHECK (length(number) BETWEEN 1 AND 32),
    hostname        text,
    mac_address     macaddr,
    private_ip      inet,
    booth_id        bigint,
    credential_hash text,
    UNIQUE (store_id, number),
    FOREIGN KEY (store_id, booth_id) REFERENCES booths (store_id, id)
);
COMMENT ON COLUMN terminals.number IS 'the terminal number as shown to customers';
COMMENT ON COLUMN terminals.credential_hash IS 'keyed hash of the booth PC''s credential for terminal events';

CREATE TABLE staff (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id      bigint      NOT NULL REFERENCES stores (id),
    login         text        NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    role          text        NOT NULL CHECK (role IN ('clerk', 'manager', 'auditor', 'admin')),
    password_hash text        NOT NULL,
    disabled      boolean     NOT NULL DEFAULT false,
    failed_logins integer     NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_store_idx ON staff (store_id);
