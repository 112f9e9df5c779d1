package org.itm.store.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.itm.core.ItmException;
import org.itm.core.ItmValidationException;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Document;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.itm.core.store.KeysetPageTokens;

/**
 * The JDBC document store. Every SQL text is a constant with {@code ?} parameters: ids, types, index values and
 * content only ever travel as bind values, so nothing a caller passes is interpreted as SQL.
 *
 * <p>Concurrency: a batch runs in one READ COMMITTED transaction. Its writes are applied in (type, id) order so
 * that two batches lock rows in the same order and cannot deadlock; each update and delete locks its row with
 * {@code SELECT ... FOR UPDATE} and compares the version the database hands back after any wait, and a create
 * relies on the primary key, so a stale write is refused instead of overwriting a newer one.
 */
public final class JdbcStore implements JdbcDocumentStore {

    private static final KeysetPageTokens PAGE_TOKENS = new KeysetPageTokens("jdbc1");

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
    private static final Comparator<Write> BY_KEY =
            Comparator.comparing(Write::type).thenComparing(Write::id);

    private static final String SELECT_TYPE = "SELECT index_fields FROM itm_type WHERE type = ?";
    private static final String INSERT_TYPE = "INSERT INTO itm_type (type, index_fields) VALUES (?, ?)";
    private static final String SELECT_DOC =
            "SELECT version, indexes, content FROM itm_document WHERE type = ? AND id = ?";
    /**
     * Most rows of one type one lock statement takes, in id order ({@link Dialect#lockChunk()} may take fewer); the
     * SQL for k ids is {@link #lockSql(int)}.
     */
    static final int LOCK_CHUNK = 64;
    private static final String SELECT_VERSION = "SELECT version FROM itm_document WHERE type = ? AND id = ?";
    private static final String INSERT_DOC =
            "INSERT INTO itm_document (type, id, version, indexes, content) VALUES (?, ?, 1, ?, ?)";
    private static final String UPDATE_DOC = "UPDATE itm_document SET version = ?, indexes = ?, content = ? "
            + "WHERE type = ? AND id = ? AND version = ?";
    private static final String UPDATE_DOC_SAME_INDEXES = "UPDATE itm_document SET version = ?, content = ? "
            + "WHERE type = ? AND id = ? AND version = ? AND indexes = ?";
    private static final String DELETE_DOC_WITHOUT_INDEXES =
            "DELETE FROM itm_document WHERE type = ? AND id = ? AND version = ? AND indexes = '{}'";
    private static final String DELETE_DOC = "DELETE FROM itm_document WHERE type = ? AND id = ? AND version = ?";
    private static final String INSERT_INDEX =
            "INSERT INTO itm_document_index (type, field, val, id) VALUES (?, ?, ?, ?)";
    /**
     * One index row by its whole key: a document's rows are known from its {@code indexes} column, so no index by
     * document is needed (schema version 2 dropped it) and each delete is one primary-key lookup.
     */
    private static final String DELETE_INDEX =
            "DELETE FROM itm_document_index WHERE type = ? AND field = ? AND val = ? AND id = ?";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final int maxDocumentChars;
    private final @Nullable AutoCloseable owned;
    /** Declared types; a declaration never changes once made, so a cached one never goes stale. */
    private final Map<String, Set<String>> types = new ConcurrentHashMap<>();

    /**
     * @param owned closed by {@link #close()}: the pool the builder made, absent for a caller's data source
     */
    public JdbcStore(DataSource dataSource, int maxDocumentChars, @Nullable AutoCloseable owned) {
        this.dataSource = dataSource;
        this.maxDocumentChars = maxDocumentChars;
        this.owned = owned;
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new ItmException("could not connect to the document store database: " + e.getMessage(), e);
        }
        int version = SchemaMigrator.migrate(dataSource, dialect);
        LOG.debug("JDBC document store ready on {} (schema version {})", dialect, version);
    }

    /** The database this store runs on. */
    public Dialect dialect() {
        return dialect;
    }

    // ------------------------------------------------------------------------------------------ declare

    @Override
    public void declare(String type, Set<String> indexedFields) {
        Checks.id(type, "type");
        Checks.notNull(indexedFields, "indexedFields");
        for (String field : indexedFields) {
            Checks.id(field, "indexedFields");
        }
        Set<String> fields = Set.copyOf(indexedFields);
        Set<String> existing = types.get(type);
        if (existing == null) {
            existing = declareInDatabase(type, fields);
            types.putIfAbsent(type, existing);
        }
        if (!existing.equals(fields)) {
            throw new ItmValidationException("indexedFields", "type '" + type
                    + "' is already declared with the index fields " + new TreeSet<>(existing) + ", not "
                    + new TreeSet<>(fields));
        }
    }

    private Set<String> declareInDatabase(String type, Set<String> fields) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Optional<Set<String>> stored = loadType(c, type);
            if (stored.isPresent()) {
                return stored.get();
            }
            try (PreparedStatement p = c.prepareStatement(INSERT_TYPE)) {
                p.setString(1, type);
                p.setString(2, String.join(",", new TreeSet<>(fields)));
                p.executeUpdate();
                return fields;
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    return loadType(c, type).orElseThrow(() -> e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure("declare type " + type, e);
        }
    }

    private static Optional<Set<String>> loadType(Connection c, String type) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT_TYPE)) {
            p.setString(1, type);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String joined = r.getString(1);
                return Optional.of(joined.isEmpty() ? Set.of() : Set.of(joined.split(",")));
            }
        }
    }

    /** The declared fields of {@code type}; rejects an undeclared type naming {@code path}. */
    private Set<String> fieldsOf(String type, String path) {
        Set<String> fields = types.get(type);
        if (fields != null) {
            return fields;
        }
        // Declared by another store instance on the same database, perhaps.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Optional<Set<String>> stored = loadType(c, type);
            if (stored.isEmpty()) {
                throw new ItmValidationException(path, "type '" + type + "' is not declared; declare it first");
            }
            types.putIfAbsent(type, stored.get());
            return stored.get();
        } catch (SQLException e) {
            throw failure("look up type " + type, e);
        }
    }

    // ------------------------------------------------------------------------------------------ reads

    @Override
    public Optional<Document> read(String type, String id) {
        Checks.id(type, "type");
        Checks.id(id, "id");
        fieldsOf(type, "type");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement(SELECT_DOC)) {
                p.setString(1, type);
                p.setString(2, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Document(type, id, r.getLong(1), decodeIndexes(r.getString(2)),
                            dialect.content(r, 3)));
                }
            }
        } catch (SQLException e) {
            throw failure("read " + type + "/" + id, e);
        }
    }

    @Override
    public Page<Document> query(Query query) {
        Checks.notNull(query, "query");
        Set<String> fields = fieldsOf(query.type(), "type");
        for (String field : query.filters().keySet()) {
            if (!fields.contains(field)) {
                throw new ItmValidationException("filters." + field,
                        "is not an index field of type '" + query.type() + "' " + new TreeSet<>(fields));
            }
        }
        @Nullable String after = query.pageToken().map(t -> PAGE_TOKENS.lastId(query.type(), t)).orElse(null);
        // Only the number of joins depends on the query; every value is a bind parameter.
        List<Map.Entry<String, String>> filters = new ArrayList<>(new TreeMap<>(query.filters()).entrySet());
        StringBuilder sql = new StringBuilder("SELECT d.id, d.version, d.indexes, d.content FROM itm_document d");
        for (int i = 0; i < filters.size(); i++) {
            sql.append(" JOIN itm_document_index i").append(i).append(" ON i").append(i).append(".type = d.type AND i")
                    .append(i).append(".id = d.id AND i").append(i).append(".field = ? AND i").append(i)
                    .append(".val = ?");
        }
        sql.append(" WHERE d.type = ?");
        if (after != null) {
            sql.append(" AND d.id > ?");
        }
        sql.append(" ORDER BY d.id LIMIT ?");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement(sql.toString())) {
                if (filters.size() > 1 && dialect == Dialect.POSTGRESQL) {
                    PostgresPlans.planWithValues(p);
                }
                int n = 1;
                for (Map.Entry<String, String> f : filters) {
                    p.setString(n++, f.getKey());
                    p.setString(n++, f.getValue());
                }
                p.setString(n++, query.type());
                if (after != null) {
                    p.setString(n++, after);
                }
                p.setInt(n, query.pageSize() + 1);
                List<Document> items = new ArrayList<>(Math.min(query.pageSize(), 64));
                boolean more = false;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (items.size() == query.pageSize()) {
                            more = true;
                            break;
                        }
                        items.add(new Document(query.type(), r.getString(1), r.getLong(2),
                                decodeIndexes(r.getString(3)), dialect.content(r, 4)));
                    }
                }
                Optional<String> next = more
                        ? Optional.of(PAGE_TOKENS.after(query.type(), items.get(items.size() - 1).id()))
                        : Optional.empty();
                return new Page<>(items, next);
            }
        } catch (SQLException e) {
            throw failure("query " + query.type(), e);
        }
    }

    // ------------------------------------------------------------------------------------------ writes

    @Override
    public void write(List<? extends Write> batch) {
        Violations violations = new Violations();
        Write.checkBatch(batch, violations, (w, i) -> {
            String json = contentOf(w);
            if (json != null && json.length() > maxDocumentChars) {
                violations.add("batch[" + i + "].json", "is " + json.length() + " characters, more than this store's "
                        + "limit of " + maxDocumentChars + " (JdbcDocumentStore.Builder.maxDocumentChars)");
            }
        });
        violations.throwIfAny();
        for (int i = 0; i < batch.size(); i++) {
            Write w = batch.get(i);
            Write.checkIndexFields(w, i, fieldsOf(w.type(), "batch[" + i + "].type"), violations);
        }
        violations.throwIfAny();
        if (batch.size() == 1 && writeAlone(batch.get(0))) {
            return;
        }
        List<Write> ordered = new ArrayList<>(batch);
        ordered.sort(BY_KEY);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Write current = ordered.get(0);
            try {
                List<Write.Create> creates = new ArrayList<>();
                for (Write w : ordered) {
                    if (w instanceof Write.Create create) {
                        creates.add(create);
                    }
                }
                if (creates.size() > 1) {
                    insertAll(c, creates);
                }
                try (BatchStatements statements = new BatchStatements(c, ordered, dialect.lockChunk())) {
                    for (Write w : ordered) {
                        if (creates.size() > 1 && w instanceof Write.Create) {
                            continue;
                        }
                        current = w;
                        apply(statements, w);
                    }
                    statements.flush();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                if (e instanceof SQLException sql && SqlStates.isUniqueViolation(sql)) {
                    throw conflictOnCreate(c, batch, sql);
                }
                if (e instanceof SQLException sql && SqlStates.isRetryable(sql)) {
                    // Waiting for another writer's row lock timed out or deadlocked: that writer won the race.
                    LOG.debug("write of {}/{} lost a lock race: {}", current.type(), current.id(), sql.getMessage());
                    c.setAutoCommit(true);
                    throw new StaleVersionException(current.type(), current.id(),
                            current.expectedVersionOrAbsent(), currentVersion(c, current.type(), current.id()));
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (SqlStates.isInvalidText(e)) {
                throw new ItmValidationException("json", "is not valid JSON: " + e.getMessage());
            }
            throw failure("write a batch of " + batch.size(), e);
        }
    }

    /**
     * The common single writes that leave the secondary index as it is (an update keeping its index values, a
     * delete or create of a document without index values) as one auto-committed statement: one round trip
     * instead of a transaction of several. Returns false, having changed nothing, when the write needs the
     * general path (index values change, or the version did not match and the conflict must be diagnosed).
     */
    private boolean writeAlone(Write w) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (w instanceof Write.Update u) {
                try (PreparedStatement p = c.prepareStatement(UPDATE_DOC_SAME_INDEXES)) {
                    p.setLong(1, u.expectedVersion() + 1);
                    dialect.bindContent(p, 2, u.json());
                    p.setString(3, u.type());
                    p.setString(4, u.id());
                    p.setLong(5, u.expectedVersion());
                    p.setString(6, encodeIndexes(u.indexes()));
                    if (p.executeUpdate() == 1) {
                        return true;
                    }
                }
                staleUnlessAt(c, w, u.expectedVersion());
                return false;
            }
            if (w instanceof Write.Delete d) {
                try (PreparedStatement p = c.prepareStatement(DELETE_DOC_WITHOUT_INDEXES)) {
                    p.setString(1, d.type());
                    p.setString(2, d.id());
                    p.setLong(3, d.expectedVersion());
                    if (p.executeUpdate() == 1) {
                        return true;
                    }
                }
                staleUnlessAt(c, w, d.expectedVersion());
                return false;
            }
            Write.Create create = (Write.Create) w;
            if (!create.indexes().isEmpty()) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement(INSERT_DOC)) {
                p.setString(1, create.type());
                p.setString(2, create.id());
                p.setString(3, "{}");
                dialect.bindContent(p, 4, create.json());
                p.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    long actual = currentVersion(c, create.type(), create.id());
                    throw new StaleVersionException(create.type(), create.id(),
                            StaleVersionException.ABSENT, Math.max(actual, 1));
                }
                throw e;
            }
        } catch (SQLException e) {
            if (SqlStates.isInvalidText(e)) {
                throw new ItmValidationException("json", "is not valid JSON: " + e.getMessage());
            }
            throw failure("write " + w.type() + "/" + w.id(), e);
        }
    }

    /** Under contention most misses are stale versions: report those at once, without a transaction. */
    private static void staleUnlessAt(Connection c, Write w, long expected) throws SQLException {
        long actual = currentVersion(c, w.type(), w.id());
        if (actual != expected) {
            throw new StaleVersionException(w.type(), w.id(), expected, actual);
        }
    }

    /**
     * Applies one write of a batch: a create at once; an update or delete checks the version of its row, locked
     * when the batch reached the first update or delete of its type (all of that type's rows at once, in id order,
     * so that concurrent batches lock in the same (type, id) order), and queues its statements, which
     * {@link BatchStatements#flush()} then sends as JDBC batches. Index rows are rewritten only when the write
     * changes the document's index values.
     */
    private void apply(BatchStatements st, Write w) throws SQLException {
        if (w instanceof Write.Create create) {
            PreparedStatement p = st.insertDoc();
            p.setString(1, create.type());
            p.setString(2, create.id());
            p.setString(3, encodeIndexes(create.indexes()));
            dialect.bindContent(p, 4, create.json());
            p.executeUpdate();
            st.queueIndexes(create.type(), create.id(), create.indexes(), Map.of());
            return;
        }
        long expected = w.expectedVersionOrAbsent();
        Locked locked = st.lock(w);
        if (locked.version() != expected) {
            throw new StaleVersionException(w.type(), w.id(), expected, locked.version());
        }
        String oldIndexes = locked.indexes();
        if (w instanceof Write.Update update) {
            String newIndexes = encodeIndexes(update.indexes());
            PreparedStatement p = st.updateDoc();
            p.setLong(1, expected + 1);
            p.setString(2, newIndexes);
            dialect.bindContent(p, 3, update.json());
            p.setString(4, w.type());
            p.setString(5, w.id());
            p.setLong(6, expected);
            p.addBatch();
            st.queued(w);
            if (!newIndexes.equals(oldIndexes)) {
                // only the rows of the fields whose value changed: the others stay as they are
                Map<String, String> old = decodeIndexes(oldIndexes);
                st.queueIndexDeletes(w.type(), w.id(), old, update.indexes());
                st.queueIndexes(w.type(), w.id(), update.indexes(), old);
            }
        } else {
            PreparedStatement p = st.deleteDoc();
            p.setString(1, w.type());
            p.setString(2, w.id());
            p.setLong(3, expected);
            p.addBatch();
            st.queued(w);
            if (!"{}".equals(oldIndexes)) {
                st.queueIndexDeletes(w.type(), w.id(), decodeIndexes(oldIndexes), Map.of());
            }
        }
    }

    /**
     * The statements of one batch's transaction, each prepared once when first needed: the row locks run one by one
     * as the writes are applied; the updates, deletes and index row changes queue up and go to the database as one
     * JDBC batch each, in {@link #flush()}.
     */
    private static final class BatchStatements implements AutoCloseable {
        private final Connection c;
        /** The batch's writes in (type, id) order. */
        private final List<Write> ordered;
        /** Rows one lock statement takes, 1 to {@value #LOCK_CHUNK}. */
        private final int lockChunk;
        /** The rows locked so far, by type and id; an absent row maps to {@link Locked#ABSENT}. */
        private final Map<String, Map<String, Locked>> locked = new java.util.HashMap<>();
        /** Lock statements by number of ids, prepared once per batch. */
        private final Map<Integer, PreparedStatement> locks = new java.util.HashMap<>();
        private @Nullable PreparedStatement insertDoc;
        private @Nullable PreparedStatement updateDoc;
        private @Nullable PreparedStatement deleteDoc;
        private @Nullable PreparedStatement deleteIndex;
        private @Nullable PreparedStatement insertIndex;
        /** The queued updates and deletes, in the order of their rows in the update and delete batches. */
        private final List<Write> updates = new ArrayList<>();
        private final List<Write> deletes = new ArrayList<>();

        BatchStatements(Connection c, List<Write> ordered, int lockChunk) {
            this.c = c;
            this.ordered = ordered;
            this.lockChunk = lockChunk;
        }

        /**
         * The locked row of an update or delete. The first call for a type locks the rows of every update and
         * delete of that type in the batch, {@link Dialect#lockChunk()} ids per statement in ascending id order (on
         * PostgreSQL one round trip per chunk instead of one per row), and waits for any concurrent holder.
         */
        Locked lock(Write w) throws SQLException {
            Map<String, Locked> ofType = locked.get(w.type());
            if (ofType == null) {
                ofType = lockAll(w.type());
                locked.put(w.type(), ofType);
            }
            Locked row = ofType.get(w.id());
            return row == null ? Locked.ABSENT : row;
        }

        private Map<String, Locked> lockAll(String type) throws SQLException {
            List<String> ids = new ArrayList<>();
            for (Write o : ordered) {
                if (o.type().equals(type) && !(o instanceof Write.Create)) {
                    ids.add(o.id());
                }
            }
            Map<String, Locked> rows = new java.util.HashMap<>(ids.size() * 2);
            for (int from = 0; from < ids.size(); from += lockChunk) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + lockChunk));
                int size = lockSize(chunk.size());
                PreparedStatement p = locks.get(size);
                if (p == null) {
                    p = c.prepareStatement(lockSql(size));
                    locks.put(size, p);
                }
                p.setString(1, type);
                for (int i = 0; i < size; i++) {
                    // padding repeats the chunk's last id: the statement text depends on the size class only
                    p.setString(i + 2, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        rows.put(r.getString(1), new Locked(r.getLong(2), r.getString(3)));
                    }
                }
            }
            return rows;
        }

        PreparedStatement insertDoc() throws SQLException {
            if (insertDoc == null) {
                insertDoc = c.prepareStatement(INSERT_DOC);
            }
            return insertDoc;
        }

        PreparedStatement updateDoc() throws SQLException {
            if (updateDoc == null) {
                updateDoc = c.prepareStatement(UPDATE_DOC);
            }
            return updateDoc;
        }

        PreparedStatement deleteDoc() throws SQLException {
            if (deleteDoc == null) {
                deleteDoc = c.prepareStatement(DELETE_DOC);
            }
            return deleteDoc;
        }

        void queued(Write w) {
            (w instanceof Write.Update ? updates : deletes).add(w);
        }

        /** Queues the deletes of the rows in {@code old} whose field has another value, or none, in {@code kept}. */
        void queueIndexDeletes(String type, String id, Map<String, String> old, Map<String, String> kept)
                throws SQLException {
            deleteIndex = queueIndexRows(deleteIndex, DELETE_INDEX, type, id, old, kept);
        }

        /** Queues the inserts of the index rows in {@code indexes} that {@code existing} does not already hold. */
        void queueIndexes(String type, String id, Map<String, String> indexes, Map<String, String> existing)
                throws SQLException {
            insertIndex = queueIndexRows(insertIndex, INSERT_INDEX, type, id, indexes, existing);
        }

        /**
         * Adds to {@code p} (prepared from {@code sql}, whose parameters are type, field, value and id, when first
         * needed) one row per entry of {@code rows} that {@code except} does not hold with the same value.
         */
        private @Nullable PreparedStatement queueIndexRows(@Nullable PreparedStatement p, String sql, String type,
                String id, Map<String, String> rows, Map<String, String> except) throws SQLException {
            for (Map.Entry<String, String> e : rows.entrySet()) {
                if (e.getValue().equals(except.get(e.getKey()))) {
                    continue;
                }
                if (p == null) {
                    p = c.prepareStatement(sql);
                }
                p.setString(1, type);
                p.setString(2, e.getKey());
                p.setString(3, e.getValue());
                p.setString(4, id);
                p.addBatch();
            }
            return p;
        }

        /**
         * Sends the queued statements: document updates and deletes (each must hit its row, which its lock holds at
         * the version checked), then the index rows of the documents whose index values changed, old rows first.
         */
        void flush() throws SQLException {
            if (updateDoc != null) {
                requireOneRowEach(updateDoc.executeBatch(), updates);
            }
            if (deleteDoc != null) {
                requireOneRowEach(deleteDoc.executeBatch(), deletes);
            }
            if (deleteIndex != null) {
                deleteIndex.executeBatch();
            }
            if (insertIndex != null) {
                insertIndex.executeBatch();
            }
        }

        private void requireOneRowEach(int[] counts, List<Write> writes) throws SQLException {
            for (int i = 0; i < writes.size(); i++) {
                // a driver may report a statement of a batch as done without a count; its row was locked anyway
                int rows = i < counts.length ? counts[i] : Statement.SUCCESS_NO_INFO;
                if (rows != Statement.SUCCESS_NO_INFO) {
                    Write w = writes.get(i);
                    requireOneRow(rows, c, w, w.expectedVersionOrAbsent());
                }
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            List<@Nullable PreparedStatement> all = new ArrayList<>(locks.values());
            all.addAll(java.util.Arrays.asList(insertDoc, updateDoc, deleteDoc, deleteIndex, insertIndex));
            for (PreparedStatement p : all) {
                if (p == null) {
                    continue;
                }
                try {
                    p.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** A locked row's version and index values; {@link #ABSENT} when no row has the id. */
    private record Locked(long version, String indexes) {
        static final Locked ABSENT = new Locked(StaleVersionException.ABSENT, "{}");
    }

    /** The smallest size class holding {@code ids} ids: 1, 2, 4, ... up to {@value #LOCK_CHUNK}. */
    static int lockSize(int ids) {
        int size = 1;
        while (size < ids) {
            size <<= 1;
        }
        return Math.min(size, LOCK_CHUNK);
    }

    /** Locks the rows of one type with the given ids, in id order (the order every batch locks in). */
    static String lockSql(int ids) {
        StringBuilder sql = new StringBuilder("SELECT id, version, indexes FROM itm_document WHERE type = ? AND id IN (");
        for (int i = 0; i < ids; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") ORDER BY id FOR UPDATE").toString();
    }

    /** Several creates as two JDBC batches (documents, then index rows): one round trip each, not two per document. */
    private void insertAll(Connection c, List<Write.Create> creates) throws SQLException {
        try (PreparedStatement docs = c.prepareStatement(INSERT_DOC)) {
            for (Write.Create create : creates) {
                docs.setString(1, create.type());
                docs.setString(2, create.id());
                docs.setString(3, encodeIndexes(create.indexes()));
                dialect.bindContent(docs, 4, create.json());
                docs.addBatch();
            }
            docs.executeBatch();
        } catch (BatchUpdateException e) {
            // Drivers report the unique violation on the batch exception or on its cause chain.
            throw e.getNextException() != null ? e.getNextException() : uniqueCause(e);
        }
        boolean anyIndex = false;
        try (PreparedStatement index = c.prepareStatement(INSERT_INDEX)) {
            for (Write.Create create : creates) {
                for (Map.Entry<String, String> e : create.indexes().entrySet()) {
                    index.setString(1, create.type());
                    index.setString(2, e.getKey());
                    index.setString(3, e.getValue());
                    index.setString(4, create.id());
                    index.addBatch();
                    anyIndex = true;
                }
            }
            if (anyIndex) {
                index.executeBatch();
            }
        }
    }

    private static SQLException uniqueCause(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql;
            }
        }
        return e;
    }

    /** The row was locked at the expected version, so a miss here means the database broke the lock. */
    private static void requireOneRow(int rows, Connection c, Write w, long expected) throws SQLException {
        if (rows != 1) {
            throw new StaleVersionException(w.type(), w.id(), expected, currentVersion(c, w.type(), w.id()));
        }
    }

    /** After a rolled-back batch hit an existing key: name the create that conflicted. */
    private RuntimeException conflictOnCreate(Connection c, List<? extends Write> batch, SQLException cause) {
        try {
            c.setAutoCommit(true);
            for (Write w : batch) {
                if (w instanceof Write.Create) {
                    long actual = currentVersion(c, w.type(), w.id());
                    if (actual != StaleVersionException.ABSENT) {
                        return new StaleVersionException(w.type(), w.id(),
                                StaleVersionException.ABSENT, actual);
                    }
                }
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        // The conflicting document was deleted again before we could look: still a conflict of some create.
        Write first = batch.get(0);
        for (Write w : batch) {
            if (w instanceof Write.Create) {
                first = w;
                break;
            }
        }
        return new StaleVersionException(first.type(), first.id(), StaleVersionException.ABSENT, 1);
    }

    private static long currentVersion(Connection c, String type, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT_VERSION)) {
            p.setString(1, type);
            p.setString(2, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : StaleVersionException.ABSENT;
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static @Nullable String contentOf(Write w) {
        if (w instanceof Write.Create c) {
            return c.json();
        }
        if (w instanceof Write.Update u) {
            return u.json();
        }
        return null;
    }

    private static String encodeIndexes(Map<String, String> indexes) {
        return IndexCodec.encode(indexes);
    }

    private static Map<String, String> decodeIndexes(String text) {
        return IndexCodec.decode(text);
    }

    private ItmException failure(String what, SQLException e) {
        return new ItmException("JDBC document store (" + dialect + ") could not " + what + ": " + e.getMessage()
                + " [SQLSTATE " + e.getSQLState() + "]", e);
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new ItmException("could not close the document store's connection pool", e);
            }
        }
    }
}
