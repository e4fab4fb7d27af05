-- Application tables, run at every start by Spring (spring.sql.init.mode: always); every statement must be
-- idempotent and work on both H2 and PostgreSQL. Each feature keeps its tables in its own block.

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
