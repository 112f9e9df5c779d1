-- Ids use the "C" collation so that ORDER BY id is String.compareTo order for the id alphabet.

-- Document types and the fields their documents may be queried by (sorted, comma-separated).
CREATE TABLE IF NOT EXISTS itm_type (
    type         VARCHAR(128) COLLATE "C" NOT NULL PRIMARY KEY,
    index_fields TEXT                     NOT NULL
);

-- One row per document; version drives optimistic locking. content keeps the text verbatim (the SPI returns
-- it unchanged); content_jsonb is the same document as jsonb for SQL reporting and GIN indexes, and makes the
-- database refuse text that is not JSON.
CREATE TABLE IF NOT EXISTS itm_document (
    type          VARCHAR(128) COLLATE "C" NOT NULL,
    id            VARCHAR(128) COLLATE "C" NOT NULL,
    version       BIGINT                   NOT NULL,
    indexes       TEXT                     NOT NULL,
    content       TEXT                     NOT NULL,
    content_jsonb JSONB GENERATED ALWAYS AS (content::jsonb) STORED,
    PRIMARY KEY (type, id)
);

-- Secondary index: one row per (document, declared field with a value); the key order serves
-- "field = value ORDER BY id" without sorting.
CREATE TABLE IF NOT EXISTS itm_document_index (
    type   VARCHAR(128) COLLATE "C" NOT NULL,
    field  VARCHAR(128) COLLATE "C" NOT NULL,
    val    VARCHAR(512) COLLATE "C" NOT NULL,
    id     VARCHAR(128) COLLATE "C" NOT NULL,
    PRIMARY KEY (type, field, val, id)
);

CREATE INDEX IF NOT EXISTS itm_document_index_by_document ON itm_document_index (type, id);
