package org.itm.examples.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.itm.core.json.ItmJson;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Repository;
import org.itm.core.store.StoredDocumentException;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every aggregate repository promises, checked the same way for each: a record round-trips and is paged
 * through an indexed query one at a time; a stale write conflicts and writes nothing, alone or in a batch; a stored
 * document breaking an invariant of construction is rejected on load naming type, id and field; a stored document
 * of the previous type version (version 1 for types still at 1) loads; a document of an unknown, newer version is
 * rejected rather than misread.
 *
 * @param aggregate        the aggregate's name, for the test names
 * @param repository       the repository under test
 * @param id               the document id of a record
 * @param first            a record
 * @param second           another record with another id, found by {@code page} together with {@code first}
 * @param change           a valid next state of {@code first}, same id
 * @param page             one page of an indexed query that matches both records (page size, token)
 * @param breakInvariant   turns {@code first}'s JSON into one its constructor rejects
 * @param brokenField      the JSON path the rejection names, after {@code type/id:}
 * @param brokenReason     part of the rejection's message
 * @param toPreviousVersion turns {@code first}'s JSON into the shape of the previous type version (identity at 1)
 */
record AggregateContract<T>(String aggregate, Repository<T> repository, Function<T, String> id, T first, T second,
                            UnaryOperator<T> change, BiFunction<Integer, Optional<String>, Page<Versioned<T>>> page,
                            UnaryOperator<ObjectNode> breakInvariant, String brokenField, String brokenReason,
                            UnaryOperator<ObjectNode> toPreviousVersion) {

    /** A contract whose records are paged with {@code query}. */
    static <T> AggregateContract<T> paged(String aggregate, Repository<T> repository, Function<T, String> id, T first,
            T second, UnaryOperator<T> change, Query query, UnaryOperator<ObjectNode> breakInvariant,
            String brokenField, String brokenReason) {
        return new AggregateContract<>(aggregate, repository, id, first, second, change,
                (size, token) -> repository.find(token.map(t -> query.withPageSize(size).after(t))
                        .orElse(query.withPageSize(size))),
                breakInvariant, brokenField, brokenReason, UnaryOperator.identity());
    }

    /** This contract with the step back to the previous type version's shape. */
    AggregateContract<T> previousVersion(UnaryOperator<ObjectNode> step) {
        return new AggregateContract<>(aggregate, repository, id, first, second, change, page, breakInvariant,
                brokenField, brokenReason, step);
    }

    /**
     * The contract's tests for one aggregate; each test gets a fresh contract from {@code fresh}, whose records must
     * have ids no earlier test used (the store may be shared).
     */
    static <T> DynamicContainer tests(java.util.function.Supplier<AggregateContract<T>> fresh) {
        AggregateContract<T> named = fresh.get();
        return DynamicContainer.dynamicContainer(named.aggregate + " (" + named.repository.type() + ", type version "
                + named.repository.typeVersion() + ")", Stream.of(
                DynamicTest.dynamicTest("round-trips and is paged through an indexed query",
                        () -> fresh.get().roundTripsAndPages()),
                DynamicTest.dynamicTest("a stale write conflicts and writes nothing",
                        () -> fresh.get().staleWriteWritesNothing()),
                DynamicTest.dynamicTest("a stored document breaking an invariant is rejected on load",
                        () -> fresh.get().brokenDocumentIsRejected()),
                DynamicTest.dynamicTest("a stored document of the previous type version loads",
                        () -> fresh.get().previousVersionLoads()),
                DynamicTest.dynamicTest("a document of an unknown newer type version is rejected",
                        () -> fresh.get().newerVersionIsRejected())));
    }

    private DocumentStore store() {
        return repository.store();
    }

    private ObjectNode tree(T value) {
        return (ObjectNode) ItmJson.json().readTree(ItmJson.toJson(value));
    }

    /**
     * Stores {@code value} as {@code first}'s document at {@code typeVersion}, runs {@code check}, and deletes the
     * document again, so queries of later tests over a shared store do not meet it.
     */
    private void withRaw(int typeVersion, ObjectNode value, Runnable check) {
        String docId = id.apply(first);
        store().create(repository.type(), docId, Map.of(),
                "{\"itm:typeVersion\":" + typeVersion + ",\"itm:value\":" + value + "}");
        try {
            check.run();
        } finally {
            store().delete(repository.type(), docId, 1);
        }
    }

    private void roundTripsAndPages() {
        Versioned<T> a = repository.create(first);
        Versioned<T> b = repository.create(second);
        assertThat(a.version()).isEqualTo(1);
        assertThat(repository.get(id.apply(first))).contains(new Versioned<>(first, 1));
        assertThat(repository.get(id.apply(second))).contains(new Versioned<>(second, 1));

        List<T> seen = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Versioned<T>> p = page.apply(1, token);
            assertThat(p.items()).hasSizeLessThanOrEqualTo(1);
            p.items().forEach(v -> seen.add(v.value()));
            token = p.nextPageToken();
            token.ifPresent(t -> assertThat(tokens.add(t)).as("page token repeats: " + t).isTrue());
        } while (token.isPresent());
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(v -> v.equals(first) || v.equals(second))).containsExactlyInAnyOrder(first,
                second);
        Page<Versioned<T>> both = page.apply(500, Optional.empty());
        assertThat(both.items()).extracting(Versioned::value).contains(first, second);
    }

    private void staleWriteWritesNothing() {
        repository.create(first);
        T next = change.apply(first);
        assertThat(id.apply(next)).isEqualTo(id.apply(first));
        assertThat(next).isNotEqualTo(first);
        assertThat(repository.update(next, 1).version()).isEqualTo(2);

        assertThatThrownBy(() -> repository.update(first, 1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repository.delete(id.apply(first), 1))
                .isInstanceOf(StaleVersionException.class);
        // a batch with one stale write writes none of its writes
        assertThatThrownBy(() -> {
            List<Write> batch = new ArrayList<>(repository.writesToCreate(second));
            batch.addAll(repository.writesToUpdate(first, 1));
            store().write(batch);
        }).isInstanceOf(StaleVersionException.class);
        assertThat(repository.get(id.apply(second))).isEmpty();
        assertThat(repository.get(id.apply(first))).contains(new Versioned<>(next, 2));
    }

    private void brokenDocumentIsRejected() {
        String docId = id.apply(first);
        withRaw(repository.typeVersion(), breakInvariant.apply(tree(first)), () -> assertThatThrownBy(
                () -> repository.get(docId))
                .isInstanceOfSatisfying(StoredDocumentException.class, e -> {
                    assertThat(e.type()).isEqualTo(repository.type());
                    assertThat(e.id()).isEqualTo(docId);
                    assertThat(e.typeVersion()).isEqualTo(repository.typeVersion());
                })
                .hasMessageContaining(repository.type() + "/" + docId + ":" + brokenField)
                .hasMessageContaining(brokenReason));
    }

    private void previousVersionLoads() {
        int previous = Math.max(1, repository.typeVersion() - 1);
        withRaw(previous, toPreviousVersion.apply(tree(first)),
                () -> assertThat(repository.get(id.apply(first))).contains(new Versioned<>(first, 1)));
    }

    private void newerVersionIsRejected() {
        String docId = id.apply(first);
        withRaw(repository.typeVersion() + 1, tree(first), () -> assertThatThrownBy(() -> repository.get(docId))
                .isInstanceOfSatisfying(StoredDocumentException.class,
                        e -> assertThat(e.typeVersion()).isEqualTo(repository.typeVersion() + 1))
                .hasMessageContaining(repository.type() + "/" + docId)
                .hasMessageContaining("newer than the type version " + repository.typeVersion()));
    }
}
