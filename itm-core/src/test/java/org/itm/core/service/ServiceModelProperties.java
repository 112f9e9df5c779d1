package org.itm.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Traversals agree with a naive level-by-level oracle over the relationship list, on random graphs. */
class ServiceModelProperties {

    record Graph(ServiceModel model, List<ElementId> elements) {
    }

    static Graph randomGraph(long seed, int services, int cis, int relationships) {
        Random random = new Random(seed);
        ServiceModel.Builder builder = ServiceModel.builder();
        List<ElementId> elements = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            ServiceId id = new ServiceId("s" + i);
            builder.service(new Service(id, "S" + i, random.nextBoolean() ? ServiceKind.BUSINESS : ServiceKind.TECHNICAL,
                    "owner", CriticalityTier.values()[random.nextInt(4)]));
            elements.add(id);
        }
        for (int i = 0; i < cis; i++) {
            builder.configurationItem(ConfigurationItem.of("c" + i, "node", "C" + i));
            elements.add(new CiId("c" + i));
        }
        Set<Relationship> edges = new LinkedHashSet<>();
        RelationshipType[] types = RelationshipType.values();
        for (int attempt = 0; attempt < relationships * 3 && edges.size() < relationships; attempt++) {
            ElementId a = elements.get(random.nextInt(elements.size()));
            ElementId b = elements.get(random.nextInt(elements.size()));
            if (!a.equals(b)) {
                edges.add(new Relationship(a, types[random.nextInt(types.length)], b));
            }
        }
        return new Graph(builder.relationships(edges).build(), elements);
    }

    /** Distances from origin by repeated relaxation over all relationships: obviously right, slow. */
    static Map<ElementId, Integer> oracle(ServiceModel model, ElementId origin, Direction direction,
            Set<RelationshipType> types, int maxDepth) {
        Map<ElementId, Integer> distance = new HashMap<>();
        distance.put(origin, 0);
        for (int depth = 0; depth < maxDepth; depth++) {
            Map<ElementId, Integer> found = new HashMap<>();
            for (Relationship r : model.relationships()) {
                if (!types.contains(r.type())) {
                    continue;
                }
                if (direction != Direction.DEPENDENCIES && Integer.valueOf(depth).equals(distance.get(r.target()))
                        && !distance.containsKey(r.source())) {
                    found.put(r.source(), depth + 1);
                }
                if (direction != Direction.IMPACT && Integer.valueOf(depth).equals(distance.get(r.source()))
                        && !distance.containsKey(r.target())) {
                    found.put(r.target(), depth + 1);
                }
            }
            if (found.isEmpty()) {
                break;
            }
            distance.putAll(found);
        }
        distance.remove(origin);
        return distance;
    }

    @Property(tries = 200)
    void traversalsMatchTheOracleWithValidShortestPaths(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 6) int services, @ForAll @IntRange(min = 1, max = 120) int cis,
            @ForAll @IntRange(min = 0, max = 300) int relationships, @ForAll @IntRange(min = 0, max = 2) int directionIndex,
            @ForAll @IntRange(min = 0, max = 6) int typeBits, @ForAll @IntRange(min = 0, max = 5) int depthOrUnbounded) {
        checkAgainstOracle(randomGraph(seed, services, cis, relationships), seed, directionIndex, typeBits,
                depthOrUnbounded);
    }

    /** Dense graphs make the traversal pull levels (scan unvisited nodes) instead of pushing the frontier. */
    @Property(tries = 40)
    void denseTraversalsMatchTheOracle(@ForAll long seed, @ForAll @IntRange(min = 100, max = 200) int cis,
            @ForAll @IntRange(min = 1000, max = 3000) int relationships,
            @ForAll @IntRange(min = 0, max = 2) int directionIndex, @ForAll @IntRange(min = 0, max = 6) int typeBits,
            @ForAll @IntRange(min = 0, max = 5) int depthOrUnbounded) {
        checkAgainstOracle(randomGraph(seed, 5, cis, relationships), seed, directionIndex, typeBits, depthOrUnbounded);
    }

    private static void checkAgainstOracle(Graph g, long seed, int directionIndex, int typeBits, int depthOrUnbounded) {
        Direction direction = Direction.values()[directionIndex];
        Set<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);
        for (RelationshipType t : RelationshipType.values()) {
            if (((typeBits + 1) & (1 << t.ordinal())) != 0) {
                types.add(t);
            }
        }
        int maxDepth = depthOrUnbounded == 5 ? Integer.MAX_VALUE : depthOrUnbounded;
        ElementId origin = g.elements().get(new Random(seed).nextInt(g.elements().size()));

        Reachability result = g.model().traverse(origin, direction, types, maxDepth);
        Map<ElementId, Integer> expected = oracle(g.model(), origin, direction, types, maxDepth);

        assertThat(result.reached()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        int previous = 0;
        for (ElementId reached : result.reached()) {
            int d = result.distance(reached).orElseThrow();
            assertThat(d).as("distance of %s", reached).isEqualTo(expected.get(reached));
            assertThat(d).as("nearest first").isGreaterThanOrEqualTo(previous);
            previous = d;
            assertPathLinks(origin, reached, direction, types, result.pathTo(reached).orElseThrow());
        }
        for (ElementId e : g.elements()) {
            assertThat(result.contains(e)).isEqualTo(expected.containsKey(e));
        }
        assertThat(result.businessServices()).allSatisfy(
                s -> assertThat(g.model().service(s).orElseThrow().kind()).isEqualTo(ServiceKind.BUSINESS));
    }

    private static void assertPathLinks(ElementId origin, ElementId end, Direction direction,
            Set<RelationshipType> types, List<Relationship> path) {
        ElementId at = origin;
        for (Relationship r : path) {
            assertThat(types).contains(r.type());
            boolean backwards = r.target().equals(at) && direction != Direction.DEPENDENCIES;
            boolean forwards = r.source().equals(at) && direction != Direction.IMPACT;
            assertThat(backwards || forwards).as("%s continues the path at %s", r, at).isTrue();
            at = backwards ? r.source() : r.target();
        }
        assertThat(at).isEqualTo(end);
    }

    @Property(tries = 100)
    void impactAndDependenciesAreMutuallyInverse(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 15) int cis, @ForAll @IntRange(min = 0, max = 40) int relationships) {
        Graph g = randomGraph(seed, 3, cis, relationships);
        for (ElementId x : g.elements()) {
            Reachability impact = g.model().impactOf(x);
            for (ElementId y : g.elements()) {
                if (!x.equals(y)) {
                    assertThat(impact.contains(y)).isEqualTo(g.model().dependenciesOf(y).contains(x));
                }
            }
        }
    }
}
