package org.itm.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The base of an aggregate's repository: implement {@link #delegate()} with a {@link Repository} built by
 * {@link Repository#builder}, inherit every stored operation (versions, conflicts, batches, paging, type versions),
 * and add the aggregate's queries as default methods that return a {@link Query} on its index fields, for the
 * caller to page through with {@link #find(Query)} or {@link #findAll(Query)}.
 *
 * <pre>{@code
 * public interface RiskRepository extends ForwardingRepository<Risk> {
 *     default Query ownedBy(String owner) {
 *         return query().where("owner", owner);
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface ForwardingRepository<T> extends Repository<T> {

    /**
     * The repository every operation is forwarded to.
     *
     * @return the delegate
     */
    Repository<T> delegate();

    @Override
    default String type() {
        return delegate().type();
    }

    @Override
    default int typeVersion() {
        return delegate().typeVersion();
    }

    @Override
    default DocumentStore store() {
        return delegate().store();
    }

    @Override
    default Versioned<T> create(T value) {
        return delegate().create(value);
    }

    @Override
    default Optional<Versioned<T>> get(String id) {
        return delegate().get(id);
    }

    @Override
    default Versioned<T> update(T value, long expectedVersion) {
        return delegate().update(value, expectedVersion);
    }

    @Override
    default Versioned<T> modify(String id, UnaryOperator<T> change) {
        return delegate().modify(id, change);
    }

    @Override
    default void delete(String id, long expectedVersion) {
        delegate().delete(id, expectedVersion);
    }

    @Override
    default Query query() {
        return delegate().query();
    }

    @Override
    default Page<Versioned<T>> find(Query query) {
        return delegate().find(query);
    }

    @Override
    default List<Versioned<T>> findAll(Query query) {
        return delegate().findAll(query);
    }

    @Override
    default Write.Create toCreate(T value) {
        return delegate().toCreate(value);
    }

    @Override
    default Write.Update toUpdate(T value, long expectedVersion) {
        return delegate().toUpdate(value, expectedVersion);
    }

    @Override
    default Write.Delete toDelete(String id, long expectedVersion) {
        return delegate().toDelete(id, expectedVersion);
    }
}
