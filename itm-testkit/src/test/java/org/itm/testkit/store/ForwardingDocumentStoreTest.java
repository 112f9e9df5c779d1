package org.itm.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Query;
import org.itm.core.store.StaleVersionException;
import org.itm.core.store.Write;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForwardingDocumentStoreTest {

    /** Forwarding alone keeps the whole storage contract of the store it wraps. */
    @Nested
    class ForwardingKeepsTheContract extends StoreCompatibilityKit {
        @Override
        protected DocumentStore createStore() {
            return new ForwardingDocumentStore(DocumentStores.inMemory());
        }
    }

    /** An interceptor that returns every batch unchanged keeps the contract too. */
    @Nested
    class APassThroughInterceptorKeepsTheContract extends StoreCompatibilityKit {
        @Override
        protected DocumentStore createStore() {
            return ForwardingDocumentStore.interceptingWrites(DocumentStores.inMemory(), batch -> batch);
        }
    }

    private static DocumentStore declared() {
        DocumentStore store = DocumentStores.inMemory();
        store.declare("ticket", Set.of("team"));
        return store;
    }

    @Test
    void aBatchTheInterceptorFailsWritesNothing() {
        DocumentStore inner = declared();
        List<Integer> seen = new ArrayList<>();
        DocumentStore store = ForwardingDocumentStore.interceptingWrites(inner, batch -> {
            seen.add(batch.size());
            if (batch.stream().anyMatch(w -> w.id().equals("t2"))) {
                throw new IllegalStateException("killed");
            }
            return batch;
        });
        store.create("ticket", "t1", Map.of("team", "db"), "{}");

        assertThatThrownBy(() -> store.write(List.of(new Write.Create("ticket", "t3", Map.of(), "{}"),
                new Write.Create("ticket", "t2", Map.of(), "{}"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("killed");

        assertThat(seen).containsExactly(1, 2);
        assertThat(inner.query(Query.of("ticket")).items()).extracting(d -> d.id()).containsExactly("t1");
    }

    @Test
    void aRewrittenBatchIsWhatTheStoreJudges() {
        DocumentStore inner = declared();
        DocumentStore store = ForwardingDocumentStore.interceptingWrites(inner, batch -> {
            batch.replaceAll(w -> w instanceof Write.Create c
                    ? new Write.Update(c.type(), c.id(), 7, c.indexes(), c.json()) : w);
            return batch;
        });

        assertThatThrownBy(() -> store.create("ticket", "t1", Map.of(), "{}"))
                .isInstanceOf(StaleVersionException.class);
        assertThat(inner.read("ticket", "t1")).isEmpty();
    }

    @Test
    void readsAndDeclarationsReachTheDelegate() {
        DocumentStore inner = DocumentStores.inMemory();
        ForwardingDocumentStore store = new ForwardingDocumentStore(inner);
        store.declare("ticket", Set.of());
        inner.create("ticket", "t1", Map.of(), "{\"a\":1}");

        assertThat(store.delegate()).isSameAs(inner);
        assertThat(store.read("ticket", "t1")).map(d -> d.json()).contains("{\"a\":1}");
        store.delete("ticket", "t1", 1);
        assertThat(inner.read("ticket", "t1")).isEmpty();
    }
}
