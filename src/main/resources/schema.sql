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
