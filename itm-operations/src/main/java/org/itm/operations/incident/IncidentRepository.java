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
 */
public interface IncidentRepository {

    /** Inserts or replaces the incident with the same id. */
    void save(Incident incident);

    /** The incident with {@code id}, if stored. */
    Optional<Incident> find(IncidentId id);

    /** All stored incidents, in no particular order. */
    List<Incident> findAll();

    /**
     * A repository over the core document store SPI (type {@code incident}, indexed by state, priority, service
     * and CI), so incidents live wherever the store keeps documents.
     */
    static IncidentRepository documentStore(DocumentStore store) {
        return new DocumentStoreIncidentRepository(store);
    }

    /** A thread-safe repository that keeps each incident as a JSON document in memory. */
    static IncidentRepository inMemory() {
        return new InMemoryIncidentRepository();
    }
}
