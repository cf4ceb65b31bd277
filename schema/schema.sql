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

SET default_tablespace = '';

SET default_table_access_method = heap;

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
-- Name: staff_store_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX staff_store_idx ON public.staff USING btree (store_id);


--
-- Name: booths booths_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.booths
    ADD CONSTRAINT booths_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


--
-- Name: staff staff_store_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id);


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
-- PostgreSQL database dump complete
--


