-- A document's index rows are deleted by their whole key, read from the document's indexes column: the index by
-- document only cost one more B-tree entry per index row written.
DROP INDEX IF EXISTS itm_document_index_by_document;
