package org.itm.operations.incident.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.IncidentRepository;

/** Keeps JSON documents so that every save and load exercises the serialised form. */
public final class InMemoryIncidentRepository implements IncidentRepository {

    private final ConcurrentMap<String, String> documents = new ConcurrentHashMap<>();

    @Override
    public void save(Incident incident) {
        Checks.notNull(incident, "incident");
        documents.put(incident.id().value(), ItmJson.toJson(incident));
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        Checks.notNull(id, "id");
        return Optional.ofNullable(documents.get(id.value())).map(j -> ItmJson.fromJson(j, Incident.class));
    }

    @Override
    public List<Incident> findAll() {
        return documents.values().stream().map(j -> ItmJson.fromJson(j, Incident.class)).toList();
    }
}
