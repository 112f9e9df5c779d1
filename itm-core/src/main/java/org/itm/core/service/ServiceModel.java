package org.itm.core.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.NotFoundException;
import org.itm.core.service.internal.CompactGraph;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * An immutable, validated graph of services, configuration items and the relationships between them, with
 * impact analysis ({@link #impactOf}), its reverse ({@link #dependenciesOf}) and neighbourhoods
 * ({@link #neighbourhood}). Build one with {@link #builder()}.
 *
 * <pre>{@code
 * ServiceModel model = ServiceModel.builder()
 *         .service(new Service(payments, "Payments", ServiceKind.BUSINESS, "team-pay", CriticalityTier.TIER_1))
 *         .configurationItem(ConfigurationItem.of("pay-api", "application", "Payment API"))
 *         .configurationItem(ConfigurationItem.of("vm-12", "server", "VM 12"))
 *         .relationship(Relationship.dependsOn(payments, new CiId("pay-api")))
 *         .relationship(Relationship.runsOn(new CiId("pay-api"), new CiId("vm-12")))
 *         .build();
 * model.impactOf(new CiId("vm-12")).businessServices();   // [service:payments]
 * }</pre>
 *
 * <p>Traversals are breadth-first over int-indexed adjacency arrays: cycles are harmless, every element is
 * reached once along a shortest chain, and the cost is linear in the part of the graph reached. The model is
 * thread-safe; traversals allocate their own state.
 *
 * @since 0.1
 */
public final class ServiceModel {

    private final Map<ServiceId, Service> services;
    private final Map<CiId, ConfigurationItem> items;
    private final List<Relationship> relationships;
    private final CompactGraph graph;

    private ServiceModel(Map<ServiceId, Service> services, Map<CiId, ConfigurationItem> items,
            List<Relationship> relationships) {
        this.services = Collections.unmodifiableMap(services);
        this.items = Collections.unmodifiableMap(items);
        this.relationships = relationships;
        this.graph = new CompactGraph(services.values(), items.keySet(), relationships);
    }

    /**
     * A builder for a new model.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The model described by {@code definition}.
     *
     * @param definition the services, configuration items and relationships, e.g. read from JSON
     * @return the validated model
     * @throws org.itm.core.ItmValidationException as {@link Builder#build()}
     */
    public static ServiceModel of(ServiceModelDefinition definition) {
        Checks.notNull(definition, "definition");
        Builder builder = builder();
        definition.services().forEach(builder::service);
        definition.configurationItems().forEach(builder::configurationItem);
        return builder.relationships(definition.relationships()).build();
    }

    /**
     * This model as plain data, e.g. to write it as JSON; {@link #of} turns it back into a model with the same content.
     *
     * @return a definition with every service, CI and relationship in the order added
     */
    public ServiceModelDefinition toDefinition() {
        return new ServiceModelDefinition(List.copyOf(services.values()), List.copyOf(items.values()), relationships);
    }

    /**
     * Every service, in the order added.
     *
     * @return the services, unmodifiable
     */
    public Collection<Service> services() {
        return services.values();
    }

    /**
     * Every configuration item, in the order added.
     *
     * @return the configuration items, unmodifiable
     */
    public Collection<ConfigurationItem> configurationItems() {
        return items.values();
    }

    /**
     * Every relationship, in the order added.
     *
     * @return the relationships, unmodifiable
     */
    public List<Relationship> relationships() {
        return relationships;
    }

    /**
     * The service with {@code id}, if the model has it.
     *
     * @param id the service's id
     * @return the service, or empty if the model has no service {@code id}
     */
    public Optional<Service> service(ServiceId id) {
        return Optional.ofNullable(services.get(Checks.notNull(id, "id")));
    }

    /**
     * The configuration item with {@code id}, if the model has it.
     *
     * @param id the CI's id
     * @return the configuration item, or empty if the model has no CI {@code id}
     */
    public Optional<ConfigurationItem> configurationItem(CiId id) {
        return Optional.ofNullable(items.get(Checks.notNull(id, "id")));
    }

    /**
     * True if the model has the service or CI {@code id}.
     *
     * @param id a service or CI id
     * @return whether the model has that element
     */
    public boolean contains(ElementId id) {
        return graph.indexOf(Checks.notNull(id, "id")) >= 0;
    }

    /**
     * The relationships whose source is {@code id} (what it needs directly).
     *
     * @param id a service or CI in the model
     * @return the outgoing relationships, in the order added
     * @throws NotFoundException if the model has no such element
     */
    public List<Relationship> relationshipsFrom(ElementId id) {
        return graph.outgoing(require(id));
    }

    /**
     * The relationships whose target is {@code id} (what needs it directly).
     *
     * @param id a service or CI in the model
     * @return the incoming relationships, in the order added
     * @throws NotFoundException if the model has no such element
     */
    public List<Relationship> relationshipsTo(ElementId id) {
        return graph.incoming(require(id));
    }

    /**
     * Everything affected if {@code failed} fails: every element that needs it, directly or transitively, over
     * relationships of any type.
     *
     * @param failed the service or CI that fails
     * @return the affected elements, each with its shortest chain back to {@code failed}
     * @throws NotFoundException if the model has no such element
     */
    public Reachability impactOf(ElementId failed) {
        return traverse(failed, Direction.IMPACT, EnumSet.allOf(RelationshipType.class), Integer.MAX_VALUE);
    }

    /**
     * Like {@link #impactOf(ElementId)}, following only relationships of the {@code followed} types.
     *
     * @param failed the service or CI that fails
     * @param followed the relationship types to follow; not empty
     * @return the affected elements, each with its shortest chain back to {@code failed}
     * @throws NotFoundException if the model has no such element
     */
    public Reachability impactOf(ElementId failed, Set<RelationshipType> followed) {
        return traverse(failed, Direction.IMPACT, followed, Integer.MAX_VALUE);
    }

    /**
     * Everything {@code element} needs, directly or transitively: the reverse of {@link #impactOf}.
     *
     * @param element the service or CI whose dependencies are wanted
     * @return the elements it needs, each with its shortest chain from {@code element}
     * @throws NotFoundException if the model has no such element
     */
    public Reachability dependenciesOf(ElementId element) {
        return traverse(element, Direction.DEPENDENCIES, EnumSet.allOf(RelationshipType.class), Integer.MAX_VALUE);
    }

    /**
     * Like {@link #dependenciesOf(ElementId)}, following only relationships of the {@code followed} types.
     *
     * @param element the service or CI whose dependencies are wanted
     * @param followed the relationship types to follow; not empty
     * @return the elements it needs, each with its shortest chain from {@code element}
     * @throws NotFoundException if the model has no such element
     */
    public Reachability dependenciesOf(ElementId element, Set<RelationshipType> followed) {
        return traverse(element, Direction.DEPENDENCIES, followed, Integer.MAX_VALUE);
    }

    /**
     * The elements connected to {@code element} by at most {@code depth} relationships in either direction,
     * e.g. to find changes whose CIs are close enough to collide.
     *
     * @param depth 0 or more; 0 reaches nothing but the origin
     * @param element the origin of the neighbourhood
     * @return the elements within {@code depth}, each with its shortest chain from {@code element}
     * @throws NotFoundException if the model has no such element
     */
    public Reachability neighbourhood(ElementId element, int depth) {
        return traverse(element, Direction.NEIGHBOURHOOD, EnumSet.allOf(RelationshipType.class), depth);
    }

    /**
     * The shortest chain of relationships (followed in either direction) linking {@code from} to {@code to}, if
     * they are at most {@code maxDepth} relationships apart; e.g. two changes collide when their CIs are linked
     * within the configured depth.
     *
     * @param from one element
     * @param to the other element
     * @param maxDepth the most relationships the chain may have; 0 or more
     * @return the relationships from {@code from} to {@code to}; empty list if they are the same element; empty if
     * @throws NotFoundException if the model lacks either element
     *         they are further apart than {@code maxDepth}
     */
    public Optional<List<Relationship>> linkWithin(ElementId from, ElementId to, int maxDepth) {
        require(to);
        if (from.equals(to)) {
            require(from);
            return Optional.of(List.of());
        }
        return neighbourhood(from, maxDepth).pathTo(to);
    }

    /**
     * The general traversal behind the other queries.
     *
     * @param origin   where to start; must be in the model
     * @param direction which way to follow relationships
     * @param followed the relationship types to follow; not empty
     * @param maxDepth the most relationships between the origin and a reached element; 0 or more
     * @return the reached elements, each with its shortest chain from {@code origin}
     * @throws NotFoundException if the model has no such element
     */
    public Reachability traverse(ElementId origin, Direction direction, Set<RelationshipType> followed,
            int maxDepth) {
        int start = require(origin);
        Checks.notNull(direction, "direction");
        Checks.notEmpty(followed, "followed");
        Checks.notNegative(maxDepth, "maxDepth");
        int mask = 0;
        for (RelationshipType t : followed) {
            mask |= 1 << Checks.notNull(t, "followed").ordinal();
        }
        return graph.traverse(start, direction, mask, maxDepth);
    }

    private int require(ElementId id) {
        int index = graph.indexOf(Checks.notNull(id, "id"));
        if (index < 0) {
            throw new NotFoundException("the service model has no element " + id);
        }
        return index;
    }

    /**
     * Collects the elements and relationships of a {@link ServiceModel}; {@link #build()} checks them all at
     * once. Not thread-safe.
     */
    public static final class Builder {
        private final List<Service> services = new ArrayList<>();
        private final List<ConfigurationItem> items = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a service.
         *
         * @param service the service; its id must be unique in the model
         * @return this builder
         */
        public Builder service(Service service) {
            services.add(Checks.notNull(service, "service"));
            return this;
        }

        /**
         * Adds a configuration item.
         *
         * @param item the configuration item; its id must be unique in the model
         * @return this builder
         */
        public Builder configurationItem(ConfigurationItem item) {
            items.add(Checks.notNull(item, "configurationItem"));
            return this;
        }

        /**
         * Adds a relationship; its endpoints may be added before or after it.
         *
         * @param relationship the relationship; each relationship may be added once
         * @return this builder
         */
        public Builder relationship(Relationship relationship) {
            relationships.add(Checks.notNull(relationship, "relationship"));
            return this;
        }

        /**
         * Adds every relationship of {@code all}.
         *
         * @param all the relationships to add, in order
         * @return this builder
         */
        public Builder relationships(Collection<Relationship> all) {
            Checks.notNull(all, "relationships");
            all.forEach(this::relationship);
            return this;
        }

        /**
         * The model.
         *
         * @return the immutable, thread-safe model
         * @throws org.itm.core.ItmValidationException listing every duplicate service or CI id, every relationship
         *         whose source or target is not in the model, and every relationship given twice
         */
        public ServiceModel build() {
            Violations violations = new Violations();
            Map<ServiceId, Service> byServiceId = new LinkedHashMap<>();
            for (int i = 0; i < services.size(); i++) {
                Service s = services.get(i);
                if (byServiceId.putIfAbsent(s.id(), s) != null) {
                    violations.add("services[" + i + "].id", "duplicate service id " + s.id().value());
                }
            }
            Map<CiId, ConfigurationItem> byCiId = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                ConfigurationItem ci = items.get(i);
                if (byCiId.putIfAbsent(ci.id(), ci) != null) {
                    violations.add("configurationItems[" + i + "].id", "duplicate CI id " + ci.id().value());
                }
            }
            Set<Relationship> seen = new HashSet<>(relationships.size() * 2);
            for (int i = 0; i < relationships.size(); i++) {
                Relationship r = relationships.get(i);
                checkEndpoint(r.source(), byServiceId, byCiId, violations, "relationships[" + i + "].source");
                checkEndpoint(r.target(), byServiceId, byCiId, violations, "relationships[" + i + "].target");
                if (!seen.add(r)) {
                    violations.add("relationships[" + i + "]", "duplicate relationship " + r);
                }
            }
            violations.throwIfAny();
            return new ServiceModel(byServiceId, byCiId, List.copyOf(relationships));
        }

        private static void checkEndpoint(ElementId id, Map<ServiceId, Service> services,
                Map<CiId, ConfigurationItem> items, Violations violations, String path) {
            boolean known = id instanceof ServiceId s ? services.containsKey(s) : items.containsKey((CiId) id);
            violations.require(known, path, "unknown " + (id instanceof ServiceId ? "service " : "CI ") + id.value());
        }
    }
}
