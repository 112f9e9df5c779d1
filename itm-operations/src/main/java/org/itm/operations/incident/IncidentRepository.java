package org.itm.operations.incident;

import java.util.List;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Write;
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
     * The store writes that {@link #save} {@code incident} would make, for one atomic
     * {@link DocumentStore#write} batch of your own (add the writes of other repositories): a create if no incident
     * has its id, else an update at the version stored now, so the batch conflicts and writes nothing if the
     * incident changes before the batch is applied. Nothing is written until you apply the batch.
     *
     * @param incident the incident to store
     * @return the writes, the incident's document first
     * @throws ItmValidationException naming {@code repository} if this repository does not keep its incidents in a
     *                                {@link DocumentStore} (as {@link #inMemory()}): use
     *                                {@link #documentStore(DocumentStore)}
     */
    default List<Write> writesToSave(Incident incident) {
        throw new ItmValidationException("repository", getClass().getSimpleName()
                + " does not keep incidents in a document store, so it has no store writes; use"
                + " IncidentRepository.documentStore(store)");
    }

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
