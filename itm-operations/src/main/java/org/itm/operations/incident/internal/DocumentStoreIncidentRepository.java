package org.itm.operations.incident.internal;

import java.util.List;
import java.util.Optional;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.Repository;
import org.itm.core.store.Versioned;
import org.itm.core.store.Write;
import org.itm.core.validation.Checks;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.IncidentRepository;

/** Incidents as documents of type {@code incident}; saves are optimistic writes against the version last read. */
public final class DocumentStoreIncidentRepository implements IncidentRepository {

    private final Repository<Incident> incidents;

    public DocumentStoreIncidentRepository(DocumentStore store) {
        Checks.notNull(store, "store");
        this.incidents = Repository.builder(Incident.class, "incident")
                .id(i -> i.id().value())
                .index("state", i -> i.state().name())
                .index("priority", Incident::priority)
                .optionalIndex("service", Incident::service)
                .optionalIndex("ci", Incident::ci)
                .build(store);
    }

    @Override
    public synchronized void save(Incident incident) {
        Checks.notNull(incident, "incident");
        Optional<Versioned<Incident>> current = incidents.get(incident.id().value());
        if (current.isPresent()) {
            incidents.update(incident, current.get().version());
        } else {
            incidents.create(incident);
        }
    }

    @Override
    public List<Write> writesToSave(Incident incident) {
        Checks.notNull(incident, "incident");
        Optional<Versioned<Incident>> current = incidents.get(incident.id().value());
        return current.isPresent() ? incidents.writesToUpdate(incident, current.get().version())
                : incidents.writesToCreate(incident);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        Checks.notNull(id, "id");
        return incidents.get(id.value()).map(Versioned::value);
    }

    @Override
    public List<Incident> findAll() {
        return incidents.findAll(incidents.query()).stream().map(Versioned::value).toList();
    }
}
