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
import org.jspecify.annotations.Nullable;

/**
 * A traversal result over the arrays of {@link CompactGraph}: the visit order, aligned with it the relationship
 * each node was reached over, and the visited bit set (for {@link #contains}). Lists and paths are produced on
 * demand, and the node → position index that {@link #pathTo} needs is built on first use, so a traversal that
 * reaches 100k elements costs two int arrays and a bit set until someone asks for details.
 */
final class GraphReachability implements Reachability {

    /** Up to this many reached nodes, lookups scan the visit order instead of building an index. */
    private static final int SCAN_LIMIT = 16;

    private final CompactGraph graph;
    private final Direction direction;
    private final int[] order;
    private final int[] via;
    private final int count;
    private final long[] visited;
    private volatile int @Nullable [] positions;

    GraphReachability(CompactGraph graph, Direction direction, int[] order, int[] via, int count, long[] visited) {
        this.graph = graph;
        this.direction = direction;
        this.order = order;
        this.via = via;
        this.count = count;
        this.visited = visited;
    }

    /** Position of {@code node} in the visit order, or -1. */
    private int positionOf(int node) {
        if (count <= SCAN_LIMIT) {
            for (int i = 0; i < count; i++) {
                if (order[i] == node) {
                    return i;
                }
            }
            return -1;
        }
        int[] table = positions;
        if (table == null) {
            table = buildPositions();
            positions = table;
        }
        // Open addressing with linear probing; slots hold position + 1, 0 = empty.
        int mask = table.length - 1;
        for (int slot = mix(node) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if (order[table[slot] - 1] == node) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    private int[] buildPositions() {
        int[] table = new int[Integer.highestOneBit(count * 2 - 1) << 1];
        int mask = table.length - 1;
        for (int i = 0; i < count; i++) {
            int slot = mix(order[i]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return table;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public ElementId origin() {
        return graph.ids[order[0]];
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
            if (order[i] < graph.serviceCount) {
                result.add((ServiceId) graph.ids[order[i]]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public List<ServiceId> businessServices() {
        List<ServiceId> result = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (order[i] < graph.serviceCount && graph.kinds[order[i]] == CompactGraph.BUSINESS_SERVICE) {
                result.add((ServiceId) graph.ids[order[i]]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public List<CiId> configurationItems() {
        List<CiId> result = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (order[i] >= graph.serviceCount) {
                result.add((CiId) graph.ids[order[i]]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public boolean contains(ElementId element) {
        int node = graph.indexOf(element);
        return node >= 0 && node != order[0] && (visited[node >>> 6] & (1L << node)) != 0;
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
        for (int position = positionOf(node); position > 0; position = positionOf(node)) {
            Relationship r = graph.relationships[via[position]];
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
