package org.itm.benchmarks.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.itm.core.json.ItmJson;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.itm.core.outbox.Outbox;
import org.itm.operations.incident.PriorityPolicy;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentIds;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.time.TimeInterval;
import org.itm.operations.change.ApprovalRequirement;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.change.ChangeType;
import org.itm.operations.change.RiskQuestion;
import org.itm.operations.change.RiskQuestionnaire;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
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

/**
 * Claim (issue 14, §4): durable incident and change updates with the outbox, ≥ 5,000 updates/s on one core on the
 * embedded H2 file store; on PostgreSQL at least 0.7 of a bare JDBC loop doing the same writes.
 *
 * <p>One update is what a process does when a ticket changes and someone must be told: read the aggregate, apply a
 * domain transition (an incident reassigned to the other group; a change's window moved within the same evening),
 * and write the new state together with an outbox entry for its notification in one atomic batch at the version
 * read ({@code store.write([update, outbox create])}). {@code n} aggregates of each kind are updated round-robin;
 * each update adds one entry to the aggregate's history, so every {@code n} updates the documents grow by one entry,
 * until an aggregate holds {@code history} entries and is replaced by a fresh one with the same id (see
 * {@link #history}; {@code history=0} keeps the old unbounded growth). The {@code *Batched} variants commit
 * {@value #BATCH} such updates (each with its own outbox entry) as one atomic batch, as a process does that
 * updates many tickets in one pass (an escalation sweep, an alert burst).
 *
 * <p>The bare loop ({@code *BareJdbc}) does the same SQL by hand on one connection with statements prepared once:
 * read the row, then in one transaction lock it ({@code SELECT ... FOR UPDATE}, one row per statement), update it
 * at the version read, insert the outbox row and its two index rows (the updates and the inserts as JDBC batches
 * sent at commit), commit. It writes the same bytes as ITM into the same
 * tables under its own document types: the j-th update of an aggregate writes the document ITM stores after an
 * aggregate's j-th update (computed before the trial, so a document grows by one history entry per update on both
 * sides), and each outbox row has the id ITM gives it, the hash of its idempotency key (so the rows land scattered
 * over the table's key range on both sides, not appended in order). It does no JSON mapping, no validation and no
 * domain work; what separates the two scores is ITM's whole cost.
 *
 * <p>{@code db=h2-file} (default) opens a fresh H2 file with the URL a user gives {@code ItmEnvironment}
 * ({@code jdbc:h2:file:...}, H2's defaults); {@code db=postgresql} uses the JDBC URL in
 * {@code ITM_TEST_POSTGRES_URL} and fails the trial saying so when it is not set.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DurableUpdateBenchmark -f 1 -wi 1 -i 3 -p db=h2-file,postgresql
 * java -jar benchmarks/target/benchmarks.jar DurableUpdateBenchmark -p history=0     # unbounded histories
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class DurableUpdateBenchmark {

    static final String NOTIFIER = "bench-webhook";
    private static final Instant T0 = Instant.parse("2026-03-16T09:00:00Z");
    private static final RiskQuestionnaire QUESTIONS = RiskQuestionnaire.withThresholds(List.of(
            new RiskQuestion("backout-tested", "Has the back-out plan been tested?", Map.of("yes", 0, "no", 3))), 2, 3);
    private static final TimeInterval EARLY = TimeInterval.of(Instant.parse("2026-03-20T20:00:00Z"),
            Instant.parse("2026-03-20T21:00:00Z"));
    private static final TimeInterval LATE = TimeInterval.of(Instant.parse("2026-03-20T21:00:00Z"),
            Instant.parse("2026-03-20T22:00:00Z"));

    @Param({"h2-file"})
    public String db;

    /** Aggregates of each kind, updated round-robin. */
    @Param({"10000"})
    public int n;

    /**
     * History entries an aggregate reaches before it is replaced by a fresh one with the same id (the update after
     * the {@code history}-th writes the freshly seeded aggregate plus one entry, at the version read), on both
     * sides alike; {@code 0}: never, so every aggregate's history grows through the whole trial (hundreds of
     * entries after a few JMH iterations). The default, 20, keeps documents at the size of a service desk's
     * incident or change (tens of entries): the figure the targets are judged on.
     */
    @Param({"20"})
    public int history;

    private @Nullable Path dir;
    private String url;
    private JdbcDocumentStore store;
    private Outbox outbox;
    private Repository<Incident> incidents;
    private ChangeRepository changes;
    private final List<String> incidentIds = new ArrayList<>();
    private final List<String> changeIds = new ArrayList<>();
    /** The aggregates as created, by index: what an aggregate is replaced by when its history is full. */
    private final List<Incident> incidentSeeds = new ArrayList<>();
    private final List<Change> changeSeeds = new ArrayList<>();
    /** Updates so far of each ITM aggregate, by index. */
    private int[] incidentUpdates;
    private int[] changeUpdates;
    /** Distinguishes this trial's ids and keys from earlier runs on a shared PostgreSQL database. */
    private String run;
    private long counter;

    private Connection bare;
    private PreparedStatement bareRead;
    private PreparedStatement bareLock;
    private PreparedStatement bareUpdate;
    private PreparedStatement bareInsertDoc;
    private PreparedStatement bareInsertIndex;
    private String bareIncidentType;
    private String bareChangeType;
    private String bareOutboxType;
    /** {@code bareIncidentDocs.get(j)}: the bytes ITM stores for an incident after its j-th update. */
    private final List<String> bareIncidentDocs = new ArrayList<>();
    private final List<String> bareChangeDocs = new ArrayList<>();
    private Incident bareIncidentSample;
    private Change bareChangeSample;
    /** Updates so far of each bare aggregate, by index: which of the documents above it is at. */
    private int[] bareIncidentUpdates;
    private int[] bareChangeUpdates;
    private String outboxJson;
    private String incidentIndexes;
    private String changeIndexes;

    @Setup(Level.Trial)
    public void open() throws Exception {
        switch (db) {
            case "h2-file" -> {
                dir = Files.createTempDirectory("itm-durable-bench");
                url = "jdbc:h2:file:" + dir.resolve("itm").toAbsolutePath();
            }
            case "postgresql" -> {
                url = System.getenv("ITM_TEST_POSTGRES_URL");
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("db=postgresql SKIPPED: set ITM_TEST_POSTGRES_URL to a JDBC URL "
                            + "with user and password (eval \"$(bash .ci/postgres.sh)\" starts one)");
                }
            }
            default -> throw new IllegalArgumentException("unknown db " + db);
        }
        run = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        store = JdbcDocumentStore.builder().url(url).build();
        outbox = Outbox.create(store);
        incidents = Repository.builder(Incident.class, "bench-incident")
                .id(i -> i.id().value())
                .index("state", i -> i.state().name())
                .index("priority", Incident::priority)
                .optionalIndex("service", Incident::service)
                .optionalIndex("ci", Incident::ci)
                .build(store);
        changes = ChangeRepository.documentStore(store);
        for (int i = 0; i < n; i++) {
            String id = "INC-" + run + "-" + i;
            incidentIds.add(id);
            Incident incident = Incident.open(new IncidentId(id), "Disk almost full on host-" + (i % 500), "storage",
                    2, 2, PriorityPolicy.itil3x3(), T0, "monitoring").assign("storage", Optional.empty(), T0, "desk");
            incidents.create(incident);
            incidentSeeds.add(incident);
            String changeId = "CHG-" + run + "-" + i;
            changeIds.add(changeId);
            Change change = Change.draft(changeId, "Patch db-" + i, ChangeType.NORMAL, "rita", List.of("db-" + i), T0)
                    .assess(QUESTIONS.assess(Map.of("backout-tested", "yes")),
                            ApprovalRequirement.quorum("change-management", 1, "carla"), T0, "carla")
                    .vote("carla", true, "fine", T0).schedule(EARLY, T0, "carla");
            changes.create(change);
            changeSeeds.add(change);
        }
        if (history < 0) {
            throw new IllegalArgumentException("history must be 0 (unbounded) or positive, was " + history);
        }
        incidentUpdates = new int[n];
        changeUpdates = new int[n];
        openBare();
    }

    private void openBare() throws SQLException {
        bare = DriverManager.getConnection(url);
        bareRead = bare.prepareStatement("SELECT version, indexes, content FROM itm_document WHERE type = ? AND id = ?");
        bareLock = bare.prepareStatement(
                "SELECT version, indexes FROM itm_document WHERE type = ? AND id = ? FOR UPDATE");
        bareUpdate = bare.prepareStatement("UPDATE itm_document SET version = ?, indexes = ?, content = ? "
                + "WHERE type = ? AND id = ? AND version = ?");
        bareInsertDoc = bare.prepareStatement(
                "INSERT INTO itm_document (type, id, version, indexes, content) VALUES (?, ?, 1, ?, ?)");
        bareInsertIndex = bare.prepareStatement(
                "INSERT INTO itm_document_index (type, field, val, id) VALUES (?, ?, ?, ?)");
        bareIncidentType = "bare-incident-" + run;
        bareChangeType = "bare-change-" + run;
        bareOutboxType = "bare-outbox-" + run;
        // the same JSON as the store writes: the stored documents of one incident, one change, one outbox entry
        Document incident = store.read("bench-incident", incidentIds.get(0)).orElseThrow();
        Document change = store.read(ChangeRepository.TYPE, changeIds.get(0)).orElseThrow();
        Write.Create entry = outbox.enqueue(NOTIFIER, notification("INC-0", "bench:sample-" + run), T0);
        String incidentJson = incident.json();
        String changeJson = change.json();
        bareIncidentSample = incidents.get(incidentIds.get(0)).orElseThrow().value();
        bareChangeSample = changes.get(changeIds.get(0)).orElseThrow().value();
        bareIncidentDocs.add(incidentJson);
        bareChangeDocs.add(changeJson);
        bareIncidentUpdates = new int[n];
        bareChangeUpdates = new int[n];
        // ITM's documents grow by one history entry per update; the bare loop writes documents of the same bytes
        for (int j = 1; j <= PRECOMPUTED_UPDATES; j++) {
            extendBareDocs();
        }
        outboxJson = entry.json();
        incidentIndexes = ItmJson.toJson(new java.util.TreeMap<>(incident.indexes()));
        changeIndexes = ItmJson.toJson(new java.util.TreeMap<>(change.indexes()));
        bare.setAutoCommit(false);
        try (PreparedStatement p = bare.prepareStatement(
                "INSERT INTO itm_document (type, id, version, indexes, content) VALUES (?, ?, 1, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                p.setString(1, bareIncidentType);
                p.setString(2, incidentIds.get(i));
                p.setString(3, incidentIndexes);
                bindContent(p, 4, incidentJson);
                p.addBatch();
                p.setString(1, bareChangeType);
                p.setString(2, changeIds.get(i));
                p.setString(3, changeIndexes);
                bindContent(p, 4, changeJson);
                p.addBatch();
            }
            p.executeBatch();
        }
        bare.commit();
    }

    /**
     * Binds a document's JSON as the store's schema keeps it: UTF-8 bytes on H2 ({@code BINARY VARYING}), text on
     * PostgreSQL.
     */
    private void bindContent(PreparedStatement p, int index, String json) throws SQLException {
        if (dir != null) {
            p.setBytes(index, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            p.setString(index, json);
        }
    }

    /** A document's JSON read back as {@link #bindContent} stored it. */
    private String readContent(ResultSet r, int column) throws SQLException {
        return dir != null ? new String(r.getBytes(column), java.nio.charset.StandardCharsets.UTF_8)
                : r.getString(column);
    }

    /** The stored JSON of the sample aggregates after one more update, as ITM's repositories write it. */
    private void extendBareDocs() {
        Instant at = T0.plus(Duration.ofSeconds(bareIncidentDocs.size()));
        bareIncidentSample = reassigned(bareIncidentSample, at);
        bareIncidentDocs.add(incidents.toUpdate(bareIncidentSample, 1).json());
        bareChangeSample = rescheduled(bareChangeSample, at);
        bareChangeDocs.add(changes.toUpdate(bareChangeSample, 1).json());
    }

    /** Updates per aggregate whose documents the bare loop has ready; more are computed when reached. */
    private static final int PRECOMPUTED_UPDATES = 200;

    @TearDown(Level.Trial)
    public void close() throws Exception {
        try (PreparedStatement p = bare.prepareStatement("DELETE FROM itm_document WHERE type IN (?, ?, ?)");
             PreparedStatement q = bare.prepareStatement("DELETE FROM itm_document_index WHERE type = ?")) {
            p.setString(1, bareIncidentType);
            p.setString(2, bareChangeType);
            p.setString(3, bareOutboxType);
            p.executeUpdate();
            q.setString(1, bareOutboxType);
            q.executeUpdate();
            bare.commit();
        }
        bare.close();
        store.close();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Notification notification(String ticket, String key) {
        return Notification.builder().channel("webhook").recipients(List.of("duty-manager"))
                .subject(ticket + " changed").body("").severity(Severity.WARNING).correlationId(ticket)
                .deduplicationKey(key).idempotencyKey(key).build();
    }

    private Instant now() {
        return T0.plus(Duration.ofSeconds(counter));
    }

    /** Updates per transaction in the batched variants. */
    static final int BATCH = 100;

    /** The incident handed to the other group: one timeline entry more. */
    private static Incident reassigned(Incident incident, Instant at) {
        String group = incident.assignmentGroup().orElseThrow().equals("storage") ? "linux" : "storage";
        return incident.assign(group, Optional.empty(), at, "desk");
    }

    /** The change's window moved to the other hour of the evening: one history entry more. */
    private static Change rescheduled(Change change, Instant at) {
        return change.schedule(change.window().orElseThrow().equals(EARLY) ? LATE : EARLY, at, "carla");
    }

    /** Whether an aggregate's {@code j}-th update starts again from the fresh aggregate (its history is full). */
    private boolean restarts(int j) {
        return history > 0 && (j - 1) % history == 0;
    }

    /** Which of the precomputed documents the {@code j}-th update of a bare aggregate writes. */
    private int documentOf(int j) {
        return history > 0 ? (j - 1) % history + 1 : j;
    }

    private void addIncidentUpdate(List<Write> batch) {
        long k = ++counter;
        int i = (int) (k % n);
        String id = incidentIds.get(i);
        Versioned<Incident> current = incidents.get(id).orElseThrow();
        Incident base = restarts(++incidentUpdates[i]) ? incidentSeeds.get(i) : current.value();
        Incident next = reassigned(base, now());
        batch.add(incidents.toUpdate(next, current.version()));
        batch.add(outbox.enqueue(NOTIFIER, notification(id, "bench:" + run + ":" + k), now()));
    }

    private void addChangeUpdate(List<Write> batch) {
        long k = ++counter;
        int i = (int) (k % n);
        String id = changeIds.get(i);
        Versioned<Change> current = changes.get(id).orElseThrow();
        Change base = restarts(++changeUpdates[i]) ? changeSeeds.get(i) : current.value();
        Change next = rescheduled(base, now());
        batch.addAll(changes.writesToUpdate(next, current.version()));
        batch.add(outbox.enqueue(NOTIFIER, notification(id, "bench:" + run + ":" + k), now()));
    }

    /** An incident reassigned to the other group, stored with its notification's outbox entry in one batch. */
    @Benchmark
    public int incidentUpdate() {
        List<Write> batch = new ArrayList<>(2);
        addIncidentUpdate(batch);
        store.write(batch);
        return batch.size();
    }

    /** {@value #BATCH} incident updates, each with its outbox entry, committed as one atomic batch. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int incidentUpdateBatched() {
        List<Write> batch = new ArrayList<>(2 * BATCH);
        for (int i = 0; i < BATCH; i++) {
            addIncidentUpdate(batch);
        }
        store.write(batch);
        return batch.size();
    }

    /** A change's window moved within the evening, stored with its notification's outbox entry in one batch. */
    @Benchmark
    public int changeUpdate() {
        List<Write> batch = new ArrayList<>(2);
        addChangeUpdate(batch);
        store.write(batch);
        return batch.size();
    }

    /** {@value #BATCH} change updates, each with its outbox entry, committed as one atomic batch. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int changeUpdateBatched() {
        List<Write> batch = new ArrayList<>(2 * BATCH);
        for (int i = 0; i < BATCH; i++) {
            addChangeUpdate(batch);
        }
        store.write(batch);
        return batch.size();
    }

    /** The SQL of one update by hand, without committing: read, lock, update at the version read, outbox rows. */
    private void bareUpdate(String type, List<String> ids, String indexes, List<String> docs, int[] updates)
            throws SQLException {
        long k = ++counter;
        int i = (int) (k % n);
        String id = ids.get(i);
        int j = documentOf(++updates[i]);
        while (j >= docs.size()) {
            extendBareDocs();
        }
        String json = docs.get(j);
        long version;
        bareRead.setString(1, type);
        bareRead.setString(2, id);
        try (ResultSet r = bareRead.executeQuery()) {
            r.next();
            version = r.getLong(1);
            r.getString(2);
            readContent(r, 3);
        }
        bareLock.setString(1, type);
        bareLock.setString(2, id);
        try (ResultSet r = bareLock.executeQuery()) {
            if (!r.next() || r.getLong(1) != version) {
                throw new IllegalStateException("stale");
            }
        }
        bareUpdate.setLong(1, version + 1);
        bareUpdate.setString(2, indexes);
        bindContent(bareUpdate, 3, json);
        bareUpdate.setString(4, type);
        bareUpdate.setString(5, id);
        bareUpdate.setLong(6, version);
        // the row is locked at the version read: the update goes with the batch's others at commit, as ITM's do
        bareUpdate.addBatch();
        // the outbox keys its entries by the hash of the idempotency key, as ITM's outbox does (so that enqueuing a
        // key twice conflicts): the same ids, scattered over the key space alike
        String entryId = DocumentIds.forKey("bench:" + run + ":" + k);
        bareInsertDoc.setString(1, bareOutboxType);
        bareInsertDoc.setString(2, entryId);
        bareInsertDoc.setString(3, "{\"notifier\":\"" + NOTIFIER + "\",\"status\":\"PENDING\"}");
        bindContent(bareInsertDoc, 4, outboxJson);
        bareInsertDoc.addBatch();
        bareInsertIndex.setString(1, bareOutboxType);
        bareInsertIndex.setString(2, "notifier");
        bareInsertIndex.setString(3, NOTIFIER);
        bareInsertIndex.setString(4, entryId);
        bareInsertIndex.addBatch();
        bareInsertIndex.setString(1, bareOutboxType);
        bareInsertIndex.setString(2, "status");
        bareInsertIndex.setString(3, "PENDING");
        bareInsertIndex.setString(4, entryId);
        bareInsertIndex.addBatch();
    }

    private void bareCommit() throws SQLException {
        for (int rows : bareUpdate.executeBatch()) {
            if (rows != 1 && rows != java.sql.Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("stale");
            }
        }
        bareInsertDoc.executeBatch();
        bareInsertIndex.executeBatch();
        bare.commit();
    }

    /** The incident update's SQL by hand: read, lock, update, outbox row and index rows, commit. */
    @Benchmark
    public void incidentUpdateBareJdbc() throws SQLException {
        bareUpdate(bareIncidentType, incidentIds, incidentIndexes, bareIncidentDocs, bareIncidentUpdates);
        bareCommit();
    }

    /** {@value #BATCH} incident updates by hand in one transaction. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void incidentUpdateBatchedBareJdbc() throws SQLException {
        for (int i = 0; i < BATCH; i++) {
            bareUpdate(bareIncidentType, incidentIds, incidentIndexes, bareIncidentDocs, bareIncidentUpdates);
        }
        bareCommit();
    }

    /** The change update's SQL by hand, likewise. */
    @Benchmark
    public void changeUpdateBareJdbc() throws SQLException {
        bareUpdate(bareChangeType, changeIds, changeIndexes, bareChangeDocs, bareChangeUpdates);
        bareCommit();
    }

    /** {@value #BATCH} change updates by hand in one transaction. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void changeUpdateBatchedBareJdbc() throws SQLException {
        for (int i = 0; i < BATCH; i++) {
            bareUpdate(bareChangeType, changeIds, changeIndexes, bareChangeDocs, bareChangeUpdates);
        }
        bareCommit();
    }
}
