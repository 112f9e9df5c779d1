package org.itm.operations.incident;

import java.util.List;
import java.util.Optional;
import org.itm.core.store.DocumentStore;
import org.itm.operations.incident.internal.DocumentStoreIncidentRepository;
import org.itm.operations.incident.internal.InMemoryIncidentRepository;

/**
 * Stores incidents. Implementations must be thread-safe and must store exactly what they are given (an incident
 * read back equals the one saved). {@link #inMemory()} keeps incidents as JSON documents through
 * {@link org.itm.core.json.ItmJson}, so what works here also works with a document database.
 *
 * @since 0.1
 */
public interface IncidentRepository {

    /**
     * Inserts or replaces the incident with the same id.
     *
     * @param incident the incident to store; replaces any stored one with its id
     */
    void save(Incident incident);

    /**
     * The incident with {@code id}, if stored.
     *
     * @param id the incident's id
     * @return the stored incident, or {@code Optional.empty()} if none has this id
     */
    Optional<Incident> find(IncidentId id);

    /**
     * All stored incidents, in no particular order.
     *
     * @return a snapshot list of every stored incident
     */
    List<Incident> findAll();

    /**
     * A repository over the core document store SPI (type {@code incident}, indexed by state, priority, service
     * and CI), so incidents live wherever the store keeps documents.
     *
     * @param store where the documents live (in memory, JDBC, …)
     * @return a repository writing through {@code store}
     */
    static IncidentRepository documentStore(DocumentStore store) {
        return new DocumentStoreIncidentRepository(store);
    }

    /**
     * A thread-safe repository that keeps each incident as a JSON document in memory.
     *
     * @return a new, empty repository
     */
    static IncidentRepository inMemory() {
        return new InMemoryIncidentRepository();
    }
}
