-- The product's own tables, beside the engine's. Run on every start: keep each statement idempotent
-- and valid on both H2 and PostgreSQL.

-- cycle: one row per started cycle; the primary key makes cycle ids unique across paths and nodes
CREATE TABLE IF NOT EXISTS pc_cycle (
    cycle_id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    started_at          TIMESTAMP    NOT NULL
);
