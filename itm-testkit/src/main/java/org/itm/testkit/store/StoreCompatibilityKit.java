package org.itm.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.itm.core.ItmValidationException;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of {@link DocumentStore}, as tests: extend this class, implement {@link #createStore()}, and run
 * it with JUnit 5 to prove an implementation correct.
 *
 * <pre>{@code
 * class H2StoreCompatibilityTest extends StoreCompatibilityKit {
 *     private static JdbcDocumentStore shared;
 *
 *     @BeforeAll
 *     static void open() {
 *         shared = JdbcDocumentStore.builder().url("jdbc:h2:mem:kit;DB_CLOSE_DELAY=-1").build();
 *     }
 *
 *     @AfterAll
 *     static void close() {
 *         shared.close();
 *     }
 *
 *     @Override
 *     protected DocumentStore createStore() {
 *         return shared; // the kit isolates tests by random type names, so one database serves them all
 *     }
 * }
 * }</pre>
 *
 * <p>Covered: create/read/update/delete, version numbering, conflicts that leave the state unchanged, no lost
 * update under 8 concurrent writers, query by indexes, paging stability (also with writes between pages),
 * batch atomicity and isolation, and rejection of bad input with {@link ItmValidationException}.
 *
 * <p>Every test uses document types with a random suffix, so a persistent store need not be emptied between
 * tests; {@link #createStore()} is called once per test.
 *
 * @since 0.1
 */
public abstract class StoreCompatibilityKit {

    /** Concurrent writers in {@link #concurrentReadModifyWriteLosesNoUpdate()}. */
    protected static final int WRITERS = 8;
    /** Successful updates per writer in {@link #concurrentReadModifyWriteLosesNoUpdate()}. */
    protected static final int UPDATES_PER_WRITER = 10_000;

    /** The store under test, fresh from {@link #createStore()} for each test. */
    protected DocumentStore store;
    private String type;

    /**
     * Makes or returns the store under test; called before every test. It may return the same store each time
     * (for example one database shared by the whole class), as every test declares types of its own.
     *
     * @return the store to test
     */
    protected abstract DocumentStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
        assertThat(store).as("createStore()").isNotNull();
        type = uniqueType("kit");
        store.declare(type, Set.of("status", "owner"));
    }

    /**
     * Names a document type for a test added in a subclass, so tests never see each other's documents even in a
     * store that keeps them between runs.
     *
     * @param base an id-like prefix, such as {@code incident}
     * @return {@code base}, a dash and a random suffix; practically never the same twice
     */
    protected static String uniqueType(String base) {
        return base + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    private Document create(String id, String status, String json) {
        return store.create(type, id, Map.of("status", status), json);
    }

    // ---------------------------------------------------------------- CRUD and versions

    @Test
    void createdDocumentIsReadBackAtVersionOne() {
        Document created = store.create(type, "a", Map.of("status", "OPEN", "owner", "ann"), "{\"n\":1}");

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.read(type, "a")).contains(
                new Document(type, "a", 1, Map.of("status", "OPEN", "owner", "ann"), "{\"n\":1}"));
    }

    @Test
    void readOfAMissingDocumentIsEmpty() {
        assertThat(store.read(type, "nope")).isEmpty();
    }

    @Test
    void everyUpdateIncreasesTheVersionByOne() {
        create("a", "OPEN", "{\"n\":0}");
        for (int v = 1; v <= 5; v++) {
            Document updated = store.update(type, "a", v, Map.of("status", "OPEN"), "{\"n\":" + v + "}");
            assertThat(updated.version()).isEqualTo(v + 1);
        }
        Document stored = store.read(type, "a").orElseThrow();
        assertThat(stored.version()).isEqualTo(6);
        assertThat(stored.json()).isEqualTo("{\"n\":5}");
    }

    @Test
    void documentsOfDifferentTypesWithTheSameIdAreIndependent() {
        String other = uniqueType("kit-other");
        store.declare(other, Set.of());
        create("a", "OPEN", "{\"t\":1}");
        store.create(other, "a", Map.of(), "{\"t\":2}");

        assertThat(store.read(type, "a").orElseThrow().json()).isEqualTo("{\"t\":1}");
        assertThat(store.read(other, "a").orElseThrow().json()).isEqualTo("{\"t\":2}");
    }

    @Test
    void deleteRemovesTheDocumentAndCreatingItAgainStartsAtVersionOne() {
        create("a", "OPEN", "{}");
        store.update(type, "a", 1, Map.of("status", "DONE"), "{}");

        store.delete(type, "a", 2);

        assertThat(store.read(type, "a")).isEmpty();
        assertThat(store.query(Query.of(type).where("status", "DONE")).items()).isEmpty();
        assertThat(create("a", "OPEN", "{}").version()).isEqualTo(1);
        assertThat(store.read(type, "a").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void redeclaringATypeWithTheSameFieldsIsHarmlessAndWithOtherFieldsIsRejected() {
        create("a", "OPEN", "{}");
        store.declare(type, Set.of("owner", "status"));
        assertThat(store.read(type, "a")).isPresent();

        assertThatThrownBy(() -> store.declare(type, Set.of("status")))
                .isInstanceOf(ItmValidationException.class);
        assertThat(store.query(Query.of(type).where("owner", "x")).items()).isEmpty();
    }

    // ---------------------------------------------------------------- conflicts

    @Test
    void creatingAnExistingDocumentConflictsAndKeepsTheOriginal() {
        create("a", "OPEN", "{\"v\":\"original\"}");

        assertThatThrownBy(() -> create("a", "CLOSED", "{\"v\":\"second\"}"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.type()).isEqualTo(type);
                    assertThat(e.id()).isEqualTo("a");
                    assertThat(e.expectedVersion()).isEqualTo(StaleVersionException.ABSENT);
                    assertThat(e.actualVersion()).isEqualTo(1);
                });

        assertThat(store.read(type, "a").orElseThrow())
                .isEqualTo(new Document(type, "a", 1, Map.of("status", "OPEN"), "{\"v\":\"original\"}"));
        assertThat(store.query(Query.of(type).where("status", "CLOSED")).items()).isEmpty();
    }

    @Test
    void staleUpdateConflictsAndLeavesContentVersionAndIndexesUnchanged() {
        create("a", "OPEN", "{\"v\":1}");
        Document current = store.update(type, "a", 1, Map.of("status", "IN_PROGRESS"), "{\"v\":2}");

        assertThatThrownBy(() -> store.update(type, "a", 1, Map.of("status", "CLOSED"), "{\"v\":3}"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThatThrownBy(() -> store.update(type, "a", 3, Map.of("status", "CLOSED"), "{\"v\":3}"))
                .isInstanceOf(StaleVersionException.class);

        assertThat(store.read(type, "a")).contains(current);
        assertThat(store.query(Query.of(type).where("status", "CLOSED")).items()).isEmpty();
        assertThat(store.query(Query.of(type).where("status", "IN_PROGRESS")).items()).containsExactly(current);
    }

    @Test
    void updateOrDeleteOfAMissingDocumentConflicts() {
        assertThatThrownBy(() -> store.update(type, "ghost", 1, Map.of(), "{}"))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.actualVersion()).isEqualTo(StaleVersionException.ABSENT));
        assertThatThrownBy(() -> store.delete(type, "ghost", 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.read(type, "ghost")).isEmpty();
    }

    @Test
    void staleDeleteConflictsAndKeepsTheDocument() {
        create("a", "OPEN", "{}");
        Document current = store.update(type, "a", 1, Map.of("status", "OPEN"), "{\"x\":1}");

        assertThatThrownBy(() -> store.delete(type, "a", 1)).isInstanceOf(StaleVersionException.class);

        assertThat(store.read(type, "a")).contains(current);
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentReadModifyWriteLosesNoUpdate() throws Exception {
        store.create(type, "counter", Map.of(), counterJson(0));
        AtomicLong conflicts = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Void>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < UPDATES_PER_WRITER; i++) {
                        while (true) {
                            Document doc = store.read(type, "counter").orElseThrow();
                            try {
                                store.update(type, "counter", doc.version(), Map.of(),
                                        counterJson(counterOf(doc) + 1));
                                break;
                            } catch (StaleVersionException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Document last = store.read(type, "counter").orElseThrow();
        long expected = (long) WRITERS * UPDATES_PER_WRITER;
        assertThat(counterOf(last)).as("counter after %d updates (%d conflicts retried)", expected, conflicts.get())
                .isEqualTo(expected);
        assertThat(last.version()).isEqualTo(expected + 1);
    }

    private static String counterJson(long n) {
        return "{\"counter\":" + n + "}";
    }

    private static long counterOf(Document doc) {
        String json = doc.json();
        return Long.parseLong(json.substring(json.indexOf(':') + 1, json.indexOf('}')));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void readersNeverSeeHalfABatch() throws Exception {
        // A token moves between two documents by batches; a query is one read, so it must see exactly one holder.
        store.create(type, "left", Map.of("status", "HOLDER"), "{}");
        store.create(type, "right", Map.of("status", "IDLE"), "{}");
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> reader = pool.submit(() -> {
                int checks = 0;
                while (!done.get() || checks == 0) {
                    assertThat(store.query(Query.of(type).where("status", "HOLDER")).items()).hasSize(1);
                    checks++;
                }
                return checks;
            });
            Callable<Void> mover = () -> {
                for (int i = 0; i < 2_000; i++) {
                    Document l = store.read(type, "left").orElseThrow();
                    Document r = store.read(type, "right").orElseThrow();
                    boolean leftHolds = "HOLDER".equals(l.indexes().get("status"));
                    store.write(List.of(
                            new Write.Update(type, "left", l.version(), Map.of("status", leftHolds ? "IDLE" : "HOLDER"), "{}"),
                            new Write.Update(type, "right", r.version(), Map.of("status", leftHolds ? "HOLDER" : "IDLE"), "{}")));
                }
                return null;
            };
            Future<Void> moved = pool.submit(mover);
            try {
                moved.get();
            } finally {
                done.set(true);
            }
            assertThat(reader.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.read(type, "left").orElseThrow().version()).isEqualTo(2_001);
    }

    // ---------------------------------------------------------------- queries and paging

    @Test
    void queryReturnsDocumentsMatchingAllFiltersOrderedById() {
        store.create(type, "c", Map.of("status", "OPEN", "owner", "ann"), "{}");
        store.create(type, "a", Map.of("status", "OPEN", "owner", "ann"), "{}");
        store.create(type, "b", Map.of("status", "OPEN", "owner", "bob"), "{}");
        store.create(type, "d", Map.of("status", "CLOSED", "owner", "ann"), "{}");
        store.create(type, "e", Map.of("owner", "ann"), "{}");

        assertThat(ids(store.query(Query.of(type).where("status", "OPEN").where("owner", "ann"))))
                .containsExactly("a", "c");
        assertThat(ids(store.query(Query.of(type).where("owner", "ann")))).containsExactly("a", "c", "d", "e");
        assertThat(ids(store.query(Query.of(type)))).containsExactly("a", "b", "c", "d", "e");
        assertThat(ids(store.query(Query.of(type).where("status", "UNKNOWN")))).isEmpty();
    }

    @Test
    void queryFollowsIndexChanges() {
        create("a", "OPEN", "{}");
        store.update(type, "a", 1, Map.of("status", "CLOSED"), "{}");

        assertThat(ids(store.query(Query.of(type).where("status", "OPEN")))).isEmpty();
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED")))).containsExactly("a");
    }

    @Test
    void anUpdateChangingOneIndexValueKeepsTheDocumentFoundByTheOther() {
        store.create(type, "a", Map.of("status", "OPEN", "owner", "ann"), "{}");
        store.create(type, "b", Map.of("status", "OPEN"), "{}");
        // alone, then in a batch of two (stores may take another path for each)
        store.update(type, "a", 1, Map.of("status", "CLOSED", "owner", "ann"), "{}");
        store.write(List.of(new Write.Update(type, "a", 2, Map.of("status", "CLOSED", "owner", "bob"), "{}"),
                new Write.Update(type, "b", 1, Map.of("status", "OPEN", "owner", "ann"), "{}")));

        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED")))).containsExactly("a");
        assertThat(ids(store.query(Query.of(type).where("owner", "bob")))).containsExactly("a");
        assertThat(ids(store.query(Query.of(type).where("status", "OPEN")))).containsExactly("b");
        assertThat(ids(store.query(Query.of(type).where("owner", "ann")))).containsExactly("b");
        assertThat(ids(store.query(Query.of(type).where("status", "OPEN").where("owner", "ann"))))
                .containsExactly("b");

        store.delete(type, "a", 3);
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED")))).isEmpty();
        assertThat(ids(store.query(Query.of(type).where("owner", "bob")))).isEmpty();
    }

    @Test
    void pagingReturnsEveryMatchingDocumentExactlyOnceInIdOrder() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            String id = String.format("doc-%03d", i);
            create(id, i % 3 == 0 ? "CLOSED" : "OPEN", "{}");
            if (i % 3 != 0) {
                expected.add(id);
            }
        }
        for (int pageSize : new int[] {1, 5, 38, 100}) {
            Query q = Query.of(type).where("status", "OPEN").withPageSize(pageSize);
            List<String> seen = new ArrayList<>();
            Page<Document> page = store.query(q);
            while (true) {
                assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
                seen.addAll(ids(page));
                if (page.nextPageToken().isEmpty()) {
                    break;
                }
                assertThat(page.items()).as("a page with a next token is full").hasSize(pageSize);
                page = store.query(q.after(page.nextPageToken().get()));
            }
            assertThat(seen).as("page size %d", pageSize).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void pagingStaysStableWhenWritesHappenBetweenPages() {
        // Documents that match during the whole walk appear exactly once; ones created, deleted or re-indexed
        // during the walk appear at most once.
        Set<String> stable = new HashSet<>();
        for (int i = 0; i < 60; i += 2) {
            String id = String.format("doc-%03d", i);
            create(id, "OPEN", "{}");
            stable.add(id);
        }
        Set<String> volatileIds = new HashSet<>();
        Query q = Query.of(type).where("status", "OPEN").withPageSize(7);
        List<String> seen = new ArrayList<>();
        Page<Document> page = store.query(q);
        int round = 0;
        while (true) {
            seen.addAll(ids(page));
            if (page.nextPageToken().isEmpty()) {
                break;
            }
            // Between pages: insert before and after the cursor, delete one, touch a stable one.
            String early = String.format("doc-%03d", 2 * round + 1);
            String late = String.format("doc-%03d", 59 - 2 * round);
            for (String id : List.of(early, late)) {
                if (store.read(type, id).isEmpty()) {
                    create(id, "OPEN", "{}");
                    volatileIds.add(id);
                }
            }
            String victim = String.format("doc-%03d", 58 - 2 * round);
            store.read(type, victim).ifPresent(d -> store.delete(type, victim, d.version()));
            stable.remove(victim);
            volatileIds.add(victim);
            String touched = String.format("doc-%03d", 2 * round);
            store.read(type, touched).ifPresent(d -> store.update(type, touched, d.version(), d.indexes(), "{\"t\":1}"));
            page = store.query(q.after(page.nextPageToken().get()));
            round++;
        }
        assertThat(round).as("the walk needs several pages").isGreaterThan(2);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(stable);
        assertThat(seen).allSatisfy(id -> assertThat(stable.contains(id) || volatileIds.contains(id)).isTrue());
        assertThat(seen).isSorted();
    }

    // ---------------------------------------------------------------- batches

    @Test
    void batchWithOneConflictingWriteWritesNothing() {
        create("keep", "OPEN", "{\"v\":1}");
        create("doomed", "OPEN", "{}");
        Document keep = store.read(type, "keep").orElseThrow();
        Document doomed = store.read(type, "doomed").orElseThrow();

        List<Write> batch = List.of(
                new Write.Create(type, "new", Map.of("status", "NEW"), "{}"),
                new Write.Update(type, "keep", 1, Map.of("status", "CLOSED"), "{\"v\":2}"),
                new Write.Delete(type, "doomed", 1),
                new Write.Update(type, "missing", 4, Map.of(), "{}"));
        assertThatThrownBy(() -> store.write(batch)).isInstanceOfSatisfying(StaleVersionException.class,
                e -> assertThat(e.id()).isEqualTo("missing"));

        assertThat(store.read(type, "new")).isEmpty();
        assertThat(store.read(type, "keep")).contains(keep);
        assertThat(store.read(type, "doomed")).contains(doomed);
        assertThat(ids(store.query(Query.of(type).where("status", "NEW")))).isEmpty();
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED")))).isEmpty();
    }

    @Test
    void batchWithAConflictingCreateWritesNothing() {
        create("exists", "OPEN", "{}");
        List<Write> batch = List.of(
                new Write.Create(type, "fresh", Map.of(), "{}"),
                new Write.Create(type, "exists", Map.of(), "{}"));

        assertThatThrownBy(() -> store.write(batch)).isInstanceOf(StaleVersionException.class);

        assertThat(store.read(type, "fresh")).isEmpty();
    }

    @Test
    void validBatchAppliesEveryWrite() {
        create("keep", "OPEN", "{}");
        create("doomed", "OPEN", "{}");

        store.write(List.of(
                new Write.Create(type, "new", Map.of("status", "NEW"), "{\"n\":1}"),
                new Write.Update(type, "keep", 1, Map.of("status", "CLOSED"), "{\"v\":2}"),
                new Write.Delete(type, "doomed", 1)));

        assertThat(store.read(type, "new").orElseThrow().version()).isEqualTo(1);
        assertThat(store.read(type, "keep").orElseThrow())
                .isEqualTo(new Document(type, "keep", 2, Map.of("status", "CLOSED"), "{\"v\":2}"));
        assertThat(store.read(type, "doomed")).isEmpty();
    }

    @Test
    void batchOfManyUpdatesKeepsEveryDocumentFoundByTheIndexValuesItWrote() {
        for (int i = 0; i < 20; i++) {
            store.create(type, "d" + (char) ('a' + i), Map.of("status", "OPEN", "owner", "ann"), "{\"v\":1}");
        }
        // a stale update sorted after others: none of the batch's updates, deletes or index changes are applied
        List<Write> stale = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            stale.add(new Write.Update(type, "d" + (char) ('a' + i), 1, Map.of("status", "CLOSED"), "{\"v\":2}"));
        }
        stale.add(new Write.Update(type, "dt", 7, Map.of("status", "CLOSED"), "{\"v\":2}"));
        assertThatThrownBy(() -> store.write(stale)).isInstanceOfSatisfying(StaleVersionException.class,
                e -> assertThat(e.id()).isEqualTo("dt"));
        assertThat(ids(store.query(Query.of(type).where("status", "OPEN").withPageSize(100)))).hasSize(20);
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED")))).isEmpty();

        // even documents change their index values, odd ones keep them; every fifth is deleted
        List<Write> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "d" + (char) ('a' + i);
            if (i % 5 == 4) {
                batch.add(new Write.Delete(type, id, 1));
            } else if (i % 2 == 0) {
                batch.add(new Write.Update(type, id, 1, Map.of("status", "CLOSED"), "{\"v\":2}"));
            } else {
                batch.add(new Write.Update(type, id, 1, Map.of("status", "OPEN", "owner", "ann"), "{\"v\":2}"));
            }
        }
        store.write(batch);

        List<String> closed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "d" + (char) ('a' + i);
            if (i % 5 == 4) {
                assertThat(store.read(type, id)).isEmpty();
            } else {
                Document d = store.read(type, id).orElseThrow();
                assertThat(d.version()).isEqualTo(2);
                assertThat(d.json()).isEqualTo("{\"v\":2}");
                (i % 2 == 0 ? closed : open).add(id);
            }
        }
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED").withPageSize(100))))
                .containsExactlyElementsOf(closed);
        assertThat(ids(store.query(Query.of(type).where("status", "OPEN").withPageSize(100))))
                .containsExactlyElementsOf(open);
        assertThat(ids(store.query(Query.of(type).where("owner", "ann").withPageSize(100))))
                .containsExactlyElementsOf(open);
    }

    /**
     * A batch of more updates than a store locks per statement, over two types, with creates sorted among the
     * updates: every version is checked against its own row (the first mismatch in (type, id) order is reported,
     * a missing row reads as absent), and the batch is applied whole or not at all.
     */
    @Test
    void largeBatchOverTwoTypesChecksEveryRowItLocks() {
        String other = uniqueType("kit-other");
        store.declare(other, Set.of());
        List<Write> seed = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            seed.add(new Write.Create(type, String.format("r%03d", 2 * i), Map.of("status", "OPEN"), "{\"v\":1}"));
            seed.add(new Write.Create(other, String.format("o%03d", i), Map.of(), "{\"v\":1}"));
        }
        store.write(seed);

        // a row missing in the middle of the second lock chunk: stale, reported with the absent version
        List<Write> missing = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            missing.add(new Write.Update(type, String.format("r%03d", 2 * i), 1, Map.of("status", "CLOSED"),
                    "{\"v\":2}"));
        }
        missing.add(new Write.Update(type, "r101", 1, Map.of("status", "CLOSED"), "{\"v\":2}"));
        assertThatThrownBy(() -> store.write(missing)).isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.id()).isEqualTo("r101");
            assertThat(e.actualVersion()).isEqualTo(StaleVersionException.ABSENT);
        });
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED")))).isEmpty();

        // creates between the updates of one type, updates of another type, a stale version in the last chunk
        List<Write> batch = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(new Write.Update(type, String.format("r%03d", 2 * i), 1, Map.of("status", "CLOSED"),
                    "{\"v\":2}"));
            batch.add(new Write.Create(type, String.format("r%03d", 2 * i + 1), Map.of("status", "NEW"), "{}"));
            batch.add(new Write.Update(other, String.format("o%03d", i), i == 140 ? 3 : 1, Map.of(), "{\"v\":2}"));
        }
        assertThatThrownBy(() -> store.write(batch)).isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.type()).isEqualTo(other);
            assertThat(e.id()).isEqualTo("o140");
            assertThat(e.actualVersion()).isEqualTo(1);
        });
        assertThat(store.read(type, "r001")).isEmpty();
        assertThat(store.read(type, "r000").orElseThrow().version()).isEqualTo(1);

        batch.set(3 * 140 + 2, new Write.Update(other, "o140", 1, Map.of(), "{\"v\":2}"));
        store.write(batch);
        for (int i = 0; i < 150; i++) {
            assertThat(store.read(type, String.format("r%03d", 2 * i)).orElseThrow().version()).isEqualTo(2);
            assertThat(store.read(other, String.format("o%03d", i)).orElseThrow().json()).isEqualTo("{\"v\":2}");
        }
        assertThat(ids(store.query(Query.of(type).where("status", "CLOSED").withPageSize(200)))).hasSize(150);
        assertThat(ids(store.query(Query.of(type).where("status", "NEW").withPageSize(200)))).hasSize(150);
    }

    @Test
    void batchSpanningTypesIsAtomic() {
        String other = uniqueType("kit-other");
        store.declare(other, Set.of());
        List<Write> batch = List.of(
                new Write.Create(other, "x", Map.of(), "{}"),
                new Write.Delete(type, "missing", 1));

        assertThatThrownBy(() -> store.write(batch)).isInstanceOf(StaleVersionException.class);

        assertThat(store.read(other, "x")).isEmpty();
    }

    @Test
    void batchTouchingADocumentTwiceIsRejectedAndWritesNothing() {
        List<Write> batch = List.of(
                new Write.Create(type, "a", Map.of(), "{}"),
                new Write.Update(type, "a", 1, Map.of(), "{}"));

        assertThatThrownBy(() -> store.write(batch)).isInstanceOf(ItmValidationException.class);

        assertThat(store.read(type, "a")).isEmpty();
    }

    @Test
    @SuppressWarnings("NullAway") // hands null to the SPI on purpose: the contract says it is rejected
    void emptyOrNullBatchIsRejected() {
        assertThatThrownBy(() -> store.write(List.of())).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.write(null)).isInstanceOf(ItmValidationException.class);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badIdsAreRejected() {
        String overlong = "x".repeat(129);
        for (String bad : new String[] {null, "", "  ", overlong, "has space", "/leading-slash"}) {
            assertThatThrownBy(() -> store.read(type, bad)).as("read %s", bad)
                    .isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> store.create(type, bad, Map.of(), "{}")).as("create %s", bad)
                    .isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> store.update(type, bad, 1, Map.of(), "{}")).as("update %s", bad)
                    .isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> store.delete(type, bad, 1)).as("delete %s", bad)
                    .isInstanceOf(ItmValidationException.class);
            assertThatThrownBy(() -> store.read(bad, "a")).as("type %s", bad)
                    .isInstanceOf(ItmValidationException.class);
        }
        assertThat(store.query(Query.of(type)).items()).isEmpty();
    }

    @Test
    void longestValidIdIsAccepted() {
        String longest = "x".repeat(128);
        store.create(type, longest, Map.of(), "{}");
        assertThat(store.read(type, longest)).isPresent();
    }

    @Test
    void unknownIndexAttributeIsRejectedOnWriteAndQuery() {
        assertThatThrownBy(() -> store.create(type, "a", Map.of("colour", "red"), "{}"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("colour");
        assertThat(store.read(type, "a")).isEmpty();

        create("b", "OPEN", "{}");
        assertThatThrownBy(() -> store.update(type, "b", 1, Map.of("colour", "red"), "{}"))
                .isInstanceOf(ItmValidationException.class);
        assertThat(store.read(type, "b").orElseThrow().version()).isEqualTo(1);

        assertThatThrownBy(() -> store.query(Query.of(type).where("colour", "red")))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void undeclaredTypeIsRejected() {
        String undeclared = uniqueType("kit-undeclared");
        assertThatThrownBy(() -> store.create(undeclared, "a", Map.of(), "{}"))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.query(Query.of(undeclared))).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void invalidPageSizesAreRejected() {
        assertThatThrownBy(() -> store.query(Query.of(type).withPageSize(-1))).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.query(Query.of(type).withPageSize(0))).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.query(Query.of(type).withPageSize(Query.MAX_PAGE_SIZE + 1)))
                .isInstanceOf(ItmValidationException.class);
    }

    @Test
    void foreignPageTokenIsRejected() {
        for (int i = 0; i < 3; i++) {
            create("d" + i, "OPEN", "{}");
        }
        String other = uniqueType("kit-other");
        store.declare(other, Set.of());
        String token = store.query(Query.of(type).withPageSize(1)).nextPageToken().orElseThrow();

        assertThatThrownBy(() -> store.query(Query.of(other).after(token))).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.query(Query.of(type).after("not-a-token!")))
                .isInstanceOf(ItmValidationException.class);
    }

    @Test
    @SuppressWarnings("NullAway") // hands null to the SPI on purpose: the contract says it is rejected
    void nullOrBlankContentAndNullIndexesAreRejected() {
        assertThatThrownBy(() -> store.create(type, "a", Map.of(), null)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.create(type, "a", Map.of(), " ")).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.create(type, "a", null, "{}")).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.update(type, "a", 0, Map.of(), "{}")).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> store.query(null)).isInstanceOf(ItmValidationException.class);
        assertThat(store.read(type, "a")).isEmpty();
    }

    /**
     * Text no database column can hold faithfully is refused by every store alike, naming the field: U+0000
     * (PostgreSQL text and jsonb refuse it) and unpaired surrogates (UTF-8 encoders turn them into '?'), as
     * characters in index values and content and as JSON escapes in content (<code>&#92;u0000</code>, <code>&#92;ud800</code>).
     */
    @Test
    void textNoDatabaseCanHoldFaithfullyIsRejectedNamingTheField() {
        create("kept", "OPEN", "{}");
        String[][] badIndexValues = {{"nul", "a\u0000b"}, {"lone high surrogate", "a\uD800b"},
                {"lone low surrogate", "\uDC00"}, {"reversed pair", "\uDE00\uD83D"}};
        for (String[] bad : badIndexValues) {
            assertThatThrownBy(() -> store.create(type, "a", Map.of("status", bad[1]), "{}")).as("create %s", bad[0])
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("indexes.status");
            assertThatThrownBy(() -> store.update(type, "kept", 1, Map.of("status", bad[1]), "{}"))
                    .as("update %s", bad[0])
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("indexes.status");
            assertThatThrownBy(() -> store.query(Query.of(type).where("status", bad[1]))).as("query %s", bad[0])
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("filters.status");
        }
        String[][] badContent = {{"nul character", "{\"n\":\"a\u0000b\"}"},
                {"nul escape", "{\"n\":\"a\\u0000b\"}"},
                {"nul escape in a key", "{\"\\u0000\":1}"},
                {"nul escape after an escaped backslash", "{\"n\":\"\\\\\\u0000\"}"},
                {"lone surrogate character", "{\"n\":\"\uD800\"}"},
                {"lone high surrogate escape", "{\"n\":\"\\ud800x\"}"},
                {"lone low surrogate escape", "{\"n\":\"\\uDC00\"}"},
                {"high surrogate escape before a character", "{\"n\":\"\\uD83D\uDE00\"}"}};
        for (String[] bad : badContent) {
            assertThatThrownBy(() -> store.create(type, "a", Map.of(), bad[1])).as("create %s", bad[0])
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("json");
            assertThatThrownBy(() -> store.write(List.of(new Write.Update(type, "kept", 1, Map.of(), bad[1]))))
                    .as("batch %s", bad[0])
                    .isInstanceOf(ItmValidationException.class).hasMessageContaining("json");
        }
        assertThat(store.read(type, "a")).isEmpty();
        assertThat(store.read(type, "kept").orElseThrow().version()).isEqualTo(1);
    }

    /** What looks like a bad escape but is not one, and paired surrogates, are stored and read back verbatim. */
    @Test
    void escapedBackslashesAndSurrogatePairsAreKeptVerbatim() {
        String emoji = "\uD83D\uDE00";
        String[] contents = {"{\"n\":\"\\\\u0000\"}", "{\"n\":\"\\\\\\\\\\u00e9\"}",
                "{\"n\":\"" + emoji + "\"}", "{\"n\":\"\\ud83d\\ude00 \\u0041\"}"};
        for (int i = 0; i < contents.length; i++) {
            store.create(type, "v" + i, Map.of("status", emoji + i), contents[i]);
            assertThat(store.read(type, "v" + i).orElseThrow().json()).as(contents[i]).isEqualTo(contents[i]);
        }
        assertThat(ids(store.query(Query.of(type).where("status", emoji + "2")))).containsExactly("v2");
    }

    private static List<String> ids(Page<Document> page) {
        return page.items().stream().map(Document::id).toList();
    }
}
