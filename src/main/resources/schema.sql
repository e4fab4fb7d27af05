-- The product's own tables, beside the engine's. Run on every start: keep each statement idempotent
-- and valid on both H2 and PostgreSQL.

-- cycle: one row per started cycle; the primary key makes cycle ids unique across paths and nodes
CREATE TABLE IF NOT EXISTS pc_cycle (
    cycle_id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    started_at          TIMESTAMP    NOT NULL
);
-- ---------------------------------------------------------------------------------------------------------
-- calendar: Thai government holidays, one row per date, editable through /api/holidays
-- ---------------------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS pc_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name_th      VARCHAR(500) NOT NULL,
    name_en      VARCHAR(500) NOT NULL,
    substitution BOOLEAN      DEFAULT FALSE NOT NULL
);
-- Dates already taken from a data/holidays-*.csv file. Seeding skips them, so a holiday edited or deleted by a
-- user stays that way after a restart, while rows added to a file later are still picked up.
CREATE TABLE IF NOT EXISTS pc_holiday_seeded (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    source_file  VARCHAR(200) NOT NULL
);
-- end of calendar

-- mail: the outbox. One row per email, written in the transaction of the work that causes it; the delivery
-- threads of every node claim due rows and send them (retries with back-off, FAILED after the last attempt, see
-- docs/emails.md). idempotency_key makes an email unique per task/agency, kind and day, so a retry, a restart or
-- a second node cannot write it twice.
CREATE TABLE IF NOT EXISTS pc_outbox (
    id                  VARCHAR(64)     NOT NULL PRIMARY KEY,
    idempotency_key     VARCHAR(300)    NOT NULL,
    kind                VARCHAR(40)     NOT NULL,
    cycle_id            VARCHAR(64),
    process_instance_id VARCHAR(64),
    task_id             VARCHAR(64),
    recipients          VARCHAR(4000)   NOT NULL,
    cc                  VARCHAR(4000),
    subject             VARCHAR(1000)   NOT NULL,
    body_text           VARCHAR(1000000) NOT NULL,
    body_html           VARCHAR(1000000) NOT NULL,
    ics                 VARCHAR(200000),
    status              VARCHAR(10)     NOT NULL,
    attempts            INTEGER         DEFAULT 0 NOT NULL,
    last_error          VARCHAR(2000),
    created_at          TIMESTAMP       NOT NULL,
    updated_at          TIMESTAMP       NOT NULL,
    sent_at             TIMESTAMP,
    claimed_until       TIMESTAMP,
    claimed_by          VARCHAR(100),
    next_attempt_at     TIMESTAMP,
    retries_left        INTEGER,
    CONSTRAINT uq_pc_outbox_key UNIQUE (idempotency_key),
    CONSTRAINT ck_pc_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
-- databases created before deliveries claimed their email (a lease in real time, see mail/DeliveryQueue)
ALTER TABLE pc_outbox ADD COLUMN IF NOT EXISTS claimed_until TIMESTAMP;
-- databases created before the delivery threads (mail/DeliveryQueue): who holds a claim, when a PENDING email is due
-- (engine clock; null: now), the retries it has left after the next failure (null: the whole back-off)
ALTER TABLE pc_outbox ADD COLUMN IF NOT EXISTS claimed_by VARCHAR(100);
ALTER TABLE pc_outbox ADD COLUMN IF NOT EXISTS next_attempt_at TIMESTAMP;
ALTER TABLE pc_outbox ADD COLUMN IF NOT EXISTS retries_left INTEGER;
CREATE INDEX IF NOT EXISTS ix_pc_outbox_due ON pc_outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS ix_pc_outbox_created ON pc_outbox (created_at);
CREATE INDEX IF NOT EXISTS ix_pc_outbox_cycle ON pc_outbox (cycle_id);
-- Due notices already mailed (reminder or overdue of one task for one due point), so each goes out once even
-- when a task is reopened or several timers of an agency fire at the same moment.
CREATE TABLE IF NOT EXISTS pc_outbox_notice (
    notice_key          VARCHAR(300)    NOT NULL PRIMARY KEY,
    outbox_id           VARCHAR(64)     NOT NULL,
    task_id             VARCHAR(64)     NOT NULL,
    process_instance_id VARCHAR(64)     NOT NULL,
    created_at          TIMESTAMP       NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_pc_outbox_notice_outbox ON pc_outbox_notice (outbox_id);
-- One row, locked (select ... for update) by a due-notice timer while it writes its digests: the timers of many
-- cycles firing at the same moment take turns instead of colliding on the same agency's email.
CREATE TABLE IF NOT EXISTS pc_outbox_notice_lock (
    id                  INTEGER         NOT NULL PRIMARY KEY
);
INSERT INTO pc_outbox_notice_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM pc_outbox_notice_lock);
-- end of mail

-- ---------------------------------------------------------------------------------------------------------
-- hearing: the public hearing of a cycle (comments on the draft plan, official answers, moderation). PDPA: a
-- commenter's email is kept only with consent and only shown to the office; the client address is never stored,
-- only client_key, a keyed hash (HMAC-SHA-256 with the key in pc_hearing_key, first 128 bits) that serves the rate
-- limit, the duplicate check and counting distinct reporters.
-- ---------------------------------------------------------------------------------------------------------
-- one row per cycle whose comments were opened (Task_OpenComments of the publicHearing process)
CREATE TABLE IF NOT EXISTS pc_hearing (
    cycle_id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    cycle_title         VARCHAR(500)  NOT NULL,
    draft_summary       VARCHAR(4000),
    hearing_date        DATE          NOT NULL,
    hearing_venue       VARCHAR(500),
    opens_at            TIMESTAMP     NOT NULL,
    closes_at           TIMESTAMP     NOT NULL,
    closed_at           TIMESTAMP,
    final_at            TIMESTAMP
);
-- what people comment on: general, goal:<code>, project:<agencyId>:<n> (added as contributions are accepted)
CREATE TABLE IF NOT EXISTS pc_hearing_item (
    cycle_id   VARCHAR(64)   NOT NULL,
    item_id    VARCHAR(200)  NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    title      VARCHAR(1000) NOT NULL,
    detail     VARCHAR(1000),
    position   INTEGER       NOT NULL,
    added_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_pc_hearing_item PRIMARY KEY (cycle_id, item_id)
);
CREATE TABLE IF NOT EXISTS pc_hearing_comment (
    comment_id   VARCHAR(36)   NOT NULL PRIMARY KEY,
    cycle_id     VARCHAR(64)   NOT NULL,
    item_id      VARCHAR(200)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    display_name VARCHAR(100),
    sector       VARCHAR(30)   NOT NULL,
    district     VARCHAR(100),
    email        VARCHAR(254),
    client_key   VARCHAR(32)   NOT NULL,
    text_key     VARCHAR(64)   NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT uq_pc_hearing_comment_text UNIQUE (cycle_id, client_key, text_key),
    CONSTRAINT ck_pc_hearing_comment_status CHECK (status IN ('visible', 'hidden', 'removed'))
);
CREATE INDEX IF NOT EXISTS ix_pc_hearing_comment_cycle ON pc_hearing_comment (cycle_id, status, created_at);
CREATE INDEX IF NOT EXISTS ix_pc_hearing_comment_client ON pc_hearing_comment (client_key, created_at);
-- the office's answer to a comment (the latest; earlier versions are in pc_hearing_event)
CREATE TABLE IF NOT EXISTS pc_hearing_answer (
    comment_id  VARCHAR(36)   NOT NULL PRIMARY KEY,
    cycle_id    VARCHAR(64)   NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    answered_by VARCHAR(64)   NOT NULL,
    answered_at TIMESTAMP     NOT NULL,
    CONSTRAINT ck_pc_hearing_answer_status CHECK (status IN ('accepted', 'considered', 'not_accepted', 'out_of_scope'))
);
-- one report per comment and client; reviewed once the office restored the comment (they no longer count)
CREATE TABLE IF NOT EXISTS pc_hearing_report (
    comment_id  VARCHAR(36)  NOT NULL,
    client_key  VARCHAR(32)  NOT NULL,
    reason      VARCHAR(20)  NOT NULL,
    reported_at TIMESTAMP    NOT NULL,
    reviewed    BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_pc_hearing_report PRIMARY KEY (comment_id, client_key)
);
-- history of every comment: answers (each version), hiding, restoring and removing with the reason and who
CREATE TABLE IF NOT EXISTS pc_hearing_event (
    event_id    VARCHAR(36)   NOT NULL PRIMARY KEY,
    comment_id  VARCHAR(36)   NOT NULL,
    cycle_id    VARCHAR(64)   NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    detail      VARCHAR(4000),
    actor       VARCHAR(64)   NOT NULL,
    happened_at TIMESTAMP     NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_pc_hearing_event_comment ON pc_hearing_event (comment_id, happened_at);
-- one row per client key, locked (SELECT … FOR UPDATE) while a comment is checked and stored, so the rate limit
-- holds when several nodes take comments from one client at the same moment
CREATE TABLE IF NOT EXISTS pc_hearing_client (
    client_key  VARCHAR(32)  NOT NULL PRIMARY KEY,
    first_seen  TIMESTAMP    NOT NULL
);
-- the key of the client hashes, made once at random and shared by every node (one row)
CREATE TABLE IF NOT EXISTS pc_hearing_key (
    key_id      INTEGER       NOT NULL PRIMARY KEY,
    secret      VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);
-- end of hearing
