package org.itm.core.service.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.itm.core.service.CiId;
import org.itm.core.service.Direction;
import org.itm.core.service.ElementId;
import org.itm.core.service.Reachability;
import org.itm.core.service.Relationship;
import org.itm.core.service.ServiceId;

/**
 * A traversal result over the arrays of {@link CompactGraph}: the visit order and, for every node, the
 * relationship it was reached over. Lists and paths are produced on demand, so a traversal that reaches 100k
 * elements costs two int arrays until someone asks for details.
 */
final class GraphReachability implements Reachability {

    private final CompactGraph graph;
    private final int origin;
    private final Direction direction;
    private final int[] via;
    private final int[] order;
    private final int count;

    GraphReachability(CompactGraph graph, int origin, Direction direction, int[] via, int[] order, int count) {
        this.graph = graph;
        this.origin = origin;
        this.direction = direction;
        this.via = via;
        this.order = order;
        this.count = count;
    }

    @Override
    public ElementId origin() {
        return graph.ids[origin];
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public int size() {
        return count - 1;
    }

    @Override
    public List<ElementId> reached() {
        return new AbstractList<>() {
            @Override
            public ElementId get(int i) {
                if (i < 0 || i >= count - 1) {
                    throw new IndexOutOfBoundsException(i);
                }
                return graph.ids[order[i + 1]];
            }

            @Override
            public int size() {
                return count - 1;
            }
        };
    }

    @Override
    public List<ServiceId> services() {
        List<ServiceId> result = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (graph.kinds[order[i]] != CompactGraph.CI) {
                result.add((ServiceId) graph.ids[order[i]]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public List<ServiceId> businessServices() {
        List<ServiceId> result = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (graph.kinds[order[i]] == CompactGraph.BUSINESS_SERVICE) {
                result.add((ServiceId) graph.ids[order[i]]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public List<CiId> configurationItems() {
        List<CiId> result = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (graph.kinds[order[i]] == CompactGraph.CI) {
                result.add((CiId) graph.ids[order[i]]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public boolean contains(ElementId element) {
        int node = graph.indexOf(element);
        return node >= 0 && node != origin && via[node] != 0;
    }

    @Override
    public OptionalInt distance(ElementId element) {
        return pathTo(element).map(p -> OptionalInt.of(p.size())).orElse(OptionalInt.empty());
    }

    @Override
    public Optional<List<Relationship>> pathTo(ElementId element) {
        if (!contains(element)) {
            return Optional.empty();
        }
        List<Relationship> path = new ArrayList<>();
        int node = graph.indexOf(element);
        while (node != origin) {
            Relationship r = graph.relationships[via[node] - 1];
            path.add(r);
            // Step to the other end of the relationship; in a neighbourhood either end may be the nearer one.
            int source = graph.indexOf(r.source());
            node = source == node ? graph.indexOf(r.target()) : source;
        }
        Collections.reverse(path);
        return Optional.of(List.copyOf(path));
    }

    @Override
    public Optional<String> explain(ElementId element) {
        return pathTo(element).map(path -> element + " " + verb() + " " + origin() + ": "
                + path.stream().map(Relationship::toString).collect(Collectors.joining("; ")));
    }

    private String verb() {
        return switch (direction) {
            case IMPACT -> "is affected by a failure of";
            case DEPENDENCIES -> "is needed by";
            case NEIGHBOURHOOD -> "is connected to";
        };
    }

    @Override
    public String toString() {
        return "Reachability[" + direction + " of " + origin() + ", " + size() + " reached]";
    }
}
