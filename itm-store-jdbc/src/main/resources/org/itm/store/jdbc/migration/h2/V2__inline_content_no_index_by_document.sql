-- Document content as its UTF-8 bytes, kept in the row. A CHARACTER LARGE OBJECT over 256 bytes lives in H2's
-- separate LOB storage (every update writes a new LOB and removes the old one), and a character column is
-- re-encoded character by character on every page write; bytes are copied as they are. The store binds and reads
-- the bytes itself, so the text a caller wrote comes back unchanged (UTF8TOSTRING(content) shows it in SQL).
ALTER TABLE itm_document ADD COLUMN content_utf8 BINARY VARYING;
UPDATE itm_document SET content_utf8 = STRINGTOUTF8(content);
ALTER TABLE itm_document ALTER COLUMN content_utf8 SET NOT NULL;
ALTER TABLE itm_document DROP COLUMN content;
ALTER TABLE itm_document ALTER COLUMN content_utf8 RENAME TO content;

-- A document's index rows are deleted by their whole key, read from the document's indexes column: the index by
-- document only cost one more B-tree entry per index row written.
DROP INDEX IF EXISTS itm_document_index_by_document;
