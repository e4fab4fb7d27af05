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
