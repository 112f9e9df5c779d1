package org.itm.testkit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.itm.core.store.Document;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.itm.core.store.Write;

/**
 * A {@link DocumentStore} that passes every call to another store, for tests that make a real store fail or
 * conflict at a chosen write: a process killed between two batches, another writer that got there first.
 *
 * <p>Either give {@link #interceptingWrites(DocumentStore, UnaryOperator)} a function that sees each batch before
 * the store does and throws (a crash: nothing of that batch is written) or returns the batch to apply, possibly
 * changed (a create turned into an update at a version the store does not hold makes the store itself report the
 * conflict); or subclass and override the methods to change. {@code create}, {@code update} and {@code delete} go
 * through {@link #write(List)}, so a fault injected there covers them too.
 *
 * <pre>{@code
 * AtomicBoolean crash = new AtomicBoolean(true);
 * DocumentStore store = ForwardingDocumentStore.interceptingWrites(DocumentStores.inMemory(), batch -> {
 *     if (crash.get() && batch.stream().anyMatch(w -> w.type().equals("outbox"))) {
 *         throw new IllegalStateException("process killed before the outbox entry was written");
 *     }
 *     return batch;
 * });
 * }</pre>
 *
 * <p>Thread-safe when the delegate is and the interceptor or overriding code is.
 *
 * @since 0.1
 */
public class ForwardingDocumentStore implements DocumentStore {

    private final DocumentStore delegate;

    /**
     * A store that forwards every call to {@code delegate}; override methods to change what reaches it.
     *
     * @param delegate the store that holds the documents
     */
    public ForwardingDocumentStore(DocumentStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * A store that hands each batch to {@code interceptor} first and writes the batch it returns; an exception
     * the interceptor throws reaches the caller and nothing of that batch is written.
     *
     * @param delegate    the store that holds the documents
     * @param interceptor sees every batch as a mutable copy, in the order of the writes; returns the writes to apply
     * @return the forwarding store
     */
    public static ForwardingDocumentStore interceptingWrites(DocumentStore delegate,
            UnaryOperator<List<Write>> interceptor) {
        Objects.requireNonNull(interceptor, "interceptor");
        return new ForwardingDocumentStore(delegate) {
            @Override
            public void write(List<? extends Write> batch) {
                // a null batch is the delegate's to reject, as the contract says
                super.write(batch == null ? batch : interceptor.apply(new ArrayList<>(batch)));
            }
        };
    }

    /**
     * The store calls are forwarded to.
     *
     * @return the delegate
     */
    public final DocumentStore delegate() {
        return delegate;
    }

    @Override
    public void declare(String type, Set<String> indexedFields) {
        delegate.declare(type, indexedFields);
    }

    @Override
    public Optional<Document> read(String type, String id) {
        return delegate.read(type, id);
    }

    @Override
    public Page<Document> query(Query query) {
        return delegate.query(query);
    }

    @Override
    public void write(List<? extends Write> batch) {
        delegate.write(batch);
    }
}
