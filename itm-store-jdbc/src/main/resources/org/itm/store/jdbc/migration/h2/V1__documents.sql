-- Document types and the fields their documents may be queried by (sorted, comma-separated).
CREATE TABLE IF NOT EXISTS itm_type (
    type         VARCHAR(128)  NOT NULL PRIMARY KEY,
    index_fields VARCHAR(8000) NOT NULL
);

-- One row per document; version drives optimistic locking, content is kept verbatim.
CREATE TABLE IF NOT EXISTS itm_document (
    type     VARCHAR(128)           NOT NULL,
    id       VARCHAR(128)           NOT NULL,
    version  BIGINT                 NOT NULL,
    indexes  CHARACTER VARYING      NOT NULL,
    content  CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (type, id)
);

-- Secondary index: one row per (document, declared field with a value); the key order serves
-- "field = value ORDER BY id" without sorting.
CREATE TABLE IF NOT EXISTS itm_document_index (
    type   VARCHAR(128) NOT NULL,
    field  VARCHAR(128) NOT NULL,
    val    VARCHAR(512) NOT NULL,
    id     VARCHAR(128) NOT NULL,
    PRIMARY KEY (type, field, val, id)
);

CREATE INDEX IF NOT EXISTS itm_document_index_by_document ON itm_document_index (type, id);
