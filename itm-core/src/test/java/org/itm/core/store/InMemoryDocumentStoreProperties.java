package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of single writes and batches (many of them conflicting) against a trivially correct model:
 * a sorted map from id to document. After every step the store equals the model, and every query, paged at a
 * random size, returns exactly the model's matching documents in id order.
 */
class InMemoryDocumentStoreProperties {

    private static final String TYPE = "thing";
    private static final List<String> STATUSES = List.of("OPEN", "CLOSED", "HELD");

    @Property(tries = 60)
    void storeBehavesLikeASortedMapWithVersions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int steps) {
        Random random = new Random(seed);
        DocumentStore store = DocumentStores.inMemory();
        store.declare(TYPE, Set.of("status", "owner"));
        TreeMap<String, Document> model = new TreeMap<>();

        for (int step = 0; step < steps; step++) {
            int batchSize = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 1;
            List<Write> batch = new ArrayList<>();
            List<String> used = new ArrayList<>();
            while (batch.size() < batchSize) {
                String id = "d" + random.nextInt(12);
                if (!used.contains(id)) {
                    used.add(id);
                    batch.add(randomWrite(random, id, model.get(id)));
                }
            }
            boolean conflicts = batch.stream().anyMatch(w -> conflicts(w, model.get(w.id())));
            try {
                store.write(batch);
                assertThat(conflicts).as("batch %s succeeded", batch).isFalse();
                batch.forEach(w -> apply(w, model));
            } catch (StaleVersionException e) {
                assertThat(conflicts).as("batch %s conflicted: %s", batch, e.getMessage()).isTrue();
            }
            for (int i = 0; i < 12; i++) {
                assertThat(store.read(TYPE, "d" + i)).isEqualTo(java.util.Optional.ofNullable(model.get("d" + i)));
            }
            checkQuery(store, model, random);
        }
    }

    private static Write randomWrite(Random random, String id, Document current) {
        Map<String, String> indexes = random.nextBoolean()
                ? Map.of("status", STATUSES.get(random.nextInt(3)), "owner", "o" + random.nextInt(2))
                : Map.of("status", STATUSES.get(random.nextInt(3)));
        String json = "{\"r\":" + random.nextInt(1000) + "}";
        long version = current == null ? 1 + random.nextInt(2)
                : random.nextInt(5) == 0 ? current.version() + 1 : current.version();
        return switch (random.nextInt(3)) {
            case 0 -> new Write.Create(TYPE, id, indexes, json);
            case 1 -> new Write.Update(TYPE, id, version, indexes, json);
            default -> new Write.Delete(TYPE, id, version);
        };
    }

    private static boolean conflicts(Write w, Document current) {
        if (w instanceof Write.Create) {
            return current != null;
        }
        long expected = w instanceof Write.Update u ? u.expectedVersion() : ((Write.Delete) w).expectedVersion();
        return current == null || current.version() != expected;
    }

    private static void apply(Write w, TreeMap<String, Document> model) {
        if (w instanceof Write.Create c) {
            model.put(c.id(), new Document(TYPE, c.id(), 1, c.indexes(), c.json()));
        } else if (w instanceof Write.Update u) {
            model.put(u.id(), new Document(TYPE, u.id(), u.expectedVersion() + 1, u.indexes(), u.json()));
        } else {
            model.remove(w.id());
        }
    }

    private static void checkQuery(DocumentStore store, TreeMap<String, Document> model, Random random) {
        Query query = Query.of(TYPE).withPageSize(1 + random.nextInt(5));
        if (random.nextBoolean()) {
            query = query.where("status", STATUSES.get(random.nextInt(3)));
        }
        if (random.nextBoolean()) {
            query = query.where("owner", "o" + random.nextInt(2));
        }
        Map<String, String> filters = query.filters();
        List<Document> expected = model.values().stream()
                .filter(d -> filters.entrySet().stream().allMatch(f -> f.getValue().equals(d.indexes().get(f.getKey()))))
                .sorted(Comparator.comparing(Document::id))
                .toList();
        List<Document> actual = new ArrayList<>();
        Page<Document> page = store.query(query);
        actual.addAll(page.items());
        while (page.hasNext()) {
            page = store.query(query.after(page.nextPageToken().orElseThrow()));
            actual.addAll(page.items());
        }
        assertThat(actual).isEqualTo(expected);
    }
}
