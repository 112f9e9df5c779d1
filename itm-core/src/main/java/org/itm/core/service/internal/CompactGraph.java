package org.itm.core.service.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.itm.core.service.CiId;
import org.itm.core.service.Direction;
import org.itm.core.service.ElementId;
import org.itm.core.service.Reachability;
import org.itm.core.service.Relationship;
import org.itm.core.service.RelationshipType;
import org.itm.core.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * The service model as int-indexed adjacency arrays (compressed sparse rows, one for each direction), so that a
 * breadth-first traversal touches only primitive arrays: no boxing, no hashing, no per-edge objects.
 *
 * <p>Node numbers: services first (in the order given), then CIs. For node {@code n}, the outgoing edges are the
 * slots {@code outStart[n] .. outStart[n+1]-1}; slot {@code i} holds the neighbour in {@code outAdjacency[2i]},
 * the relationship number in {@code outAdjacency[2i+1]} (interleaved, so both share a cache line) and the type
 * ordinal in {@code outType[i]}; likewise for incoming edges.
 */
public final class CompactGraph {

    static final byte CI = 0;
    static final byte TECHNICAL_SERVICE = 1;
    static final byte BUSINESS_SERVICE = 2;

    private static final int ALL_TYPES = (1 << RelationshipType.values().length) - 1;

    /** Frontier relationships must exceed 1/PULL_FACTOR of the unvisited ones before pulling pays off. */
    private static final int PULL_FACTOR = 14;
    /** Small frontiers are always pushed: a pull costs at least a pass over the visited bit set. */
    private static final int PULL_MIN_EDGES = 64;

    final ElementId[] ids;
    final byte[] kinds;
    /** Services are nodes {@code 0 .. serviceCount-1}, so most nodes are told apart from CIs without a lookup. */
    final int serviceCount;
    final Relationship[] relationships;
    private final Map<ElementId, Integer> index;
    private final int[] outStart;
    private final int[] outAdjacency;
    private final byte[] outType;
    private final int[] inStart;
    private final int[] inAdjacency;
    private final byte[] inType;

    public CompactGraph(Collection<Service> services, Set<CiId> cis, List<Relationship> relationships) {
        int n = services.size() + cis.size();
        ids = new ElementId[n];
        kinds = new byte[n];
        index = new HashMap<>(n * 2);
        serviceCount = services.size();
        int next = 0;
        for (Service s : services) {
            ids[next] = s.id();
            kinds[next] = s.isBusiness() ? BUSINESS_SERVICE : TECHNICAL_SERVICE;
            index.put(s.id(), next++);
        }
        for (CiId ci : cis) {
            ids[next] = ci;
            kinds[next] = CI;
            index.put(ci, next++);
        }
        int m = relationships.size();
        this.relationships = relationships.toArray(new Relationship[0]);
        int[] source = new int[m];
        int[] target = new int[m];
        for (int e = 0; e < m; e++) {
            // the model's constructor rejected a relationship whose end is not one of its items
            source[e] = Objects.requireNonNull(index.get(this.relationships[e].source()));
            target[e] = Objects.requireNonNull(index.get(this.relationships[e].target()));
        }
        outStart = new int[n + 1];
        outAdjacency = new int[2 * m];
        outType = new byte[m];
        fill(source, target, outStart, outAdjacency, outType);
        inStart = new int[n + 1];
        inAdjacency = new int[2 * m];
        inType = new byte[m];
        fill(target, source, inStart, inAdjacency, inType);
    }

    /** Counting sort of the edges by {@code from}, keeping the relationship order within a node. */
    private void fill(int[] from, int[] to, int[] start, int[] adjacency, byte[] type) {
        for (int f : from) {
            start[f + 1]++;
        }
        for (int i = 0; i < ids.length; i++) {
            start[i + 1] += start[i];
        }
        int[] cursor = start.clone();
        for (int e = 0; e < from.length; e++) {
            int slot = cursor[from[e]]++;
            adjacency[2 * slot] = to[e];
            adjacency[2 * slot + 1] = e;
            type[slot] = (byte) relationships[e].type().ordinal();
        }
    }

    /** The node number of {@code id}, or -1. */
    public int indexOf(ElementId id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public List<Relationship> outgoing(int node) {
        return collect(outStart, outAdjacency, node);
    }

    public List<Relationship> incoming(int node) {
        return collect(inStart, inAdjacency, node);
    }

    private List<Relationship> collect(int[] start, int[] adjacency, int node) {
        List<Relationship> result = new ArrayList<>(start[node + 1] - start[node]);
        for (int i = start[node]; i < start[node + 1]; i++) {
            result.add(relationships[adjacency[2 * i + 1]]);
        }
        return List.copyOf(result);
    }

    /**
     * Breadth-first traversal from {@code origin}, level by level. The visit order and, aligned with it, how each
     * node was reached ({@code -1} for the origin, {@code e} for relationship e) grow with what is reached, so a
     * small neighbourhood in a large graph costs little more than its size. Visits are marked in a bit set
     * (12.5 KB for 100k nodes, cache-resident) before expanding, which makes cycles harmless.
     *
     * <p>Each level is expanded in the cheaper of two ways (direction-optimising BFS): <em>push</em> scans the
     * relationships of the frontier; <em>pull</em> scans every unvisited node's relationships in node order and
     * stops at the first one leading into the frontier. Pull wins when the frontier's relationships outnumber a
     * fraction of the unvisited ones, which happens in the middle levels of a traversal that reaches most of a
     * densely connected graph; its memory access is sequential apart from the frontier bit set. Both reach
     * exactly the nodes at the next distance, each over a relationship from the previous level.
     */
    public Reachability traverse(int origin, Direction direction, int typeMask, int maxDepth) {
        Frontier f = new Frontier(ids.length, origin);
        boolean backwards = direction != Direction.DEPENDENCIES;
        boolean forwards = direction != Direction.IMPACT;
        boolean allTypes = (typeMask & ALL_TYPES) == ALL_TYPES;
        long unvisitedEdges = (backwards ? relationships.length : 0L) + (forwards ? relationships.length : 0L)
                - degree(origin, backwards, forwards);
        long @Nullable [] frontierBits = null;
        int head = 0;
        for (int depth = 0; depth < maxDepth && head < f.count; depth++) {
            int levelEnd = f.count;
            long frontierEdges = 0;
            for (int i = head; i < levelEnd; i++) {
                frontierEdges += degree(f.order[i], backwards, forwards);
            }
            if (frontierEdges > PULL_MIN_EDGES && frontierEdges * PULL_FACTOR > unvisitedEdges) {
                if (frontierBits == null) {
                    frontierBits = new long[f.visited.length];
                }
                for (int i = head; i < levelEnd; i++) {
                    frontierBits[f.order[i] >>> 6] |= 1L << f.order[i];
                }
                // Pulling towards the origin: an IMPACT node is reached over its outgoing relationships.
                pull(frontierBits, backwards, forwards, typeMask, allTypes, f);
                for (int i = head; i < levelEnd; i++) {
                    frontierBits[f.order[i] >>> 6] = 0;
                }
            } else {
                while (head < levelEnd) {
                    int node = f.order[head++];
                    if (backwards) {
                        push(node, inStart, inAdjacency, inType, typeMask, allTypes, f);
                    }
                    if (forwards) {
                        push(node, outStart, outAdjacency, outType, typeMask, allTypes, f);
                    }
                }
            }
            head = levelEnd;
            for (int i = levelEnd; i < f.count; i++) {
                unvisitedEdges -= degree(f.order[i], backwards, forwards);
            }
        }
        return new GraphReachability(this, direction, f.order, f.via, f.count, f.visited);
    }

    private int degree(int node, boolean backwards, boolean forwards) {
        return (backwards ? inStart[node + 1] - inStart[node] : 0) + (forwards ? outStart[node + 1] - outStart[node] : 0);
    }

    private static void push(int node, int[] start, int[] adjacency, byte[] type, int typeMask, boolean allTypes,
            Frontier f) {
        long[] visited = f.visited;
        for (int i = start[node], end = start[node + 1]; i < end; i++) {
            int next = adjacency[2 * i];
            long bit = 1L << next;
            if ((visited[next >>> 6] & bit) == 0 && (allTypes || (typeMask & (1 << type[i])) != 0)) {
                visited[next >>> 6] |= bit;
                f.add(next, adjacency[2 * i + 1]);
            }
        }
    }

    private void pull(long[] frontier, boolean backwards, boolean forwards, int typeMask, boolean allTypes,
            Frontier f) {
        long[] visited = f.visited;
        int n = ids.length;
        for (int word = 0; word < visited.length; word++) {
            long unvisited = ~visited[word];
            while (unvisited != 0) {
                int node = (word << 6) + Long.numberOfTrailingZeros(unvisited);
                unvisited &= unvisited - 1;
                if (node >= n) {
                    break;
                }
                int edge = -1;
                if (backwards) {
                    edge = parentIn(node, outStart, outAdjacency, outType, frontier, typeMask, allTypes);
                }
                if (edge < 0 && forwards) {
                    edge = parentIn(node, inStart, inAdjacency, inType, frontier, typeMask, allTypes);
                }
                if (edge >= 0) {
                    visited[word] |= 1L << node;
                    f.add(node, edge);
                }
            }
        }
    }

    /** The first relationship of {@code node} in the given adjacency that leads into the frontier, or -1. */
    private static int parentIn(int node, int[] start, int[] adjacency, byte[] type, long[] frontier, int typeMask,
            boolean allTypes) {
        for (int i = start[node], end = start[node + 1]; i < end; i++) {
            int other = adjacency[2 * i];
            if ((frontier[other >>> 6] & (1L << other)) != 0 && (allTypes || (typeMask & (1 << type[i])) != 0)) {
                return adjacency[2 * i + 1];
            }
        }
        return -1;
    }

    /** The growing state of one traversal. */
    private static final class Frontier {
        final long[] visited;
        int[] order;
        int[] via;
        int count;

        Frontier(int nodes, int origin) {
            visited = new long[(nodes + 63) >>> 6];
            int capacity = Math.min(nodes, 256);
            order = new int[capacity];
            via = new int[capacity];
            visited[origin >>> 6] |= 1L << origin;
            order[0] = origin;
            via[0] = -1;
            count = 1;
        }

        void add(int node, int edge) {
            if (count == order.length) {
                int capacity = Math.min(count * 2, visited.length * 64);
                order = Arrays.copyOf(order, capacity);
                via = Arrays.copyOf(via, capacity);
            }
            order[count] = node;
            via[count++] = edge;
        }
    }
}
