package org.itm.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.itm.core.store.Write;
import org.itm.store.jdbc.JdbcDocumentStore;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim (issue 6, point 1.5): inserts/s and reads/s of the JDBC document store for 100k documents, next to a
 * bare JDBC loop writing and reading the same rows (document row plus one secondary-index row each) through the
 * same pool. Scores are documents per second. {@code db=h2-file} (default) or {@code h2-mem}; {@code postgresql}
 * uses the JDBC URL in {@code ITM_TEST_POSTGRES_URL}. Both sides insert in transactions of 1000 documents.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar JdbcStoreBenchmark -f 1 -wi 1 -i 3 -p db=h2-file,postgresql
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class JdbcStoreBenchmark {

    static final int DOCUMENTS = 100_000;
    static final int BATCH = 1000;

    @Param({"h2-file"})
    public String db;

    private HikariDataSource pool;
    private JdbcDocumentStore store;
    private @Nullable Path dir;
    private int round;
    private String insertType;
    private List<String> ids;
    private List<String> shuffled;
    private String readType;

    @Setup(Level.Trial)
    public void open() throws Exception {
        String url;
        switch (db) {
            case "h2-mem" -> url = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
            case "h2-file" -> {
                dir = Files.createTempDirectory("itm-jdbc-bench");
                url = "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + ";WRITE_DELAY=0";
            }
            case "postgresql" -> {
                url = System.getenv("ITM_TEST_POSTGRES_URL");
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("db=postgresql needs ITM_TEST_POSTGRES_URL");
                }
            }
            default -> throw new IllegalArgumentException("unknown db " + db);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        store = JdbcDocumentStore.builder().dataSource(pool).build();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bare_document");
            s.execute("DROP TABLE IF EXISTS bare_document_index");
            s.execute("CREATE TABLE bare_document (type VARCHAR(128) NOT NULL, id VARCHAR(128) NOT NULL, "
                    + "version BIGINT NOT NULL, indexes VARCHAR(4000) NOT NULL, content TEXT NOT NULL, "
                    + "PRIMARY KEY (type, id))");
            s.execute("CREATE TABLE bare_document_index (type VARCHAR(128) NOT NULL, field VARCHAR(128) NOT NULL, "
                    + "val VARCHAR(512) NOT NULL, id VARCHAR(128) NOT NULL, PRIMARY KEY (type, field, val, id))");
        }
        ids = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            ids.add(String.format("INC-%07d", i));
        }
        shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(42));
        readType = "bench-read";
        store.declare(readType, Set.of("status"));
        if (store.read(readType, ids.get(DOCUMENTS - 1)).isEmpty()) {
            storeInsert(readType);
        }
        bareInsert(readType);
    }

    @Setup(Level.Invocation)
    public void freshType() {
        insertType = "bench-insert-" + round++;
        store.declare(insertType, Set.of("status"));
    }

    @TearDown(Level.Invocation)
    public void dropType() throws SQLException {
        try (Connection c = pool.getConnection()) {
            for (String table : List.of("itm_document", "itm_document_index", "bare_document",
                    "bare_document_index")) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE type = ?")) {
                    p.setString(1, insertType);
                    p.executeUpdate();
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        store.close();
        pool.close();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String json(String id, int i) {
        return "{\"id\":\"" + id + "\",\"title\":\"Disk almost full on host-" + (i % 500)
                + "\",\"priority\":\"P" + (i % 4 + 1) + "\",\"status\":\"" + status(i) + "\"}";
    }

    private static String status(int i) {
        return i % 10 == 0 ? "OPEN" : "CLOSED";
    }

    private void storeInsert(String type) {
        List<Write> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = ids.get(i);
            batch.add(new Write.Create(type, id, Map.of("status", status(i)), json(id, i)));
            if (batch.size() == BATCH) {
                store.write(batch);
                batch.clear();
            }
        }
    }

    private void bareInsert(String type) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement doc = c.prepareStatement(
                     "INSERT INTO bare_document (type, id, version, indexes, content) VALUES (?, ?, 1, ?, ?)");
             PreparedStatement idx = c.prepareStatement(
                     "INSERT INTO bare_document_index (type, field, val, id) VALUES (?, 'status', ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < DOCUMENTS; i++) {
                String id = ids.get(i);
                doc.setString(1, type);
                doc.setString(2, id);
                doc.setString(3, "{\"status\":\"" + status(i) + "\"}");
                doc.setString(4, json(id, i));
                doc.addBatch();
                idx.setString(1, type);
                idx.setString(2, status(i));
                idx.setString(3, id);
                idx.addBatch();
                if ((i + 1) % BATCH == 0) {
                    doc.executeBatch();
                    idx.executeBatch();
                    c.commit();
                }
            }
            c.setAutoCommit(true);
        }
    }

    /** The store: 100 batches of 1000 creates, each batch one transaction. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void insertStore() {
        storeInsert(insertType);
    }

    /** Bare JDBC: the same rows with JDBC batching, committed every 1000 documents. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void insertBareJdbc() throws SQLException {
        bareInsert(insertType);
    }

    /** The store: every one of the 100k documents read by id, in random order. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void readStore(Blackhole bh) {
        for (String id : shuffled) {
            bh.consume(store.read(readType, id).orElseThrow());
        }
    }

    /** Bare JDBC: the same reads as one prepared statement per document. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void readBareJdbc(Blackhole bh) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT version, indexes, content FROM bare_document WHERE type = ? AND id = ?")) {
            for (String id : shuffled) {
                p.setString(1, readType);
                p.setString(2, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    bh.consume(r.getLong(1));
                    bh.consume(r.getString(2));
                    bh.consume(r.getString(3));
                }
            }
        }
    }
}
