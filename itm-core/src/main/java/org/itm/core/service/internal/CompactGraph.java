package org.itm.core.service.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.service.CiId;
import org.itm.core.service.Direction;
import org.itm.core.service.ElementId;
import org.itm.core.service.Reachability;
import org.itm.core.service.Relationship;
import org.itm.core.service.RelationshipType;
import org.itm.core.service.Service;

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

    final ElementId[] ids;
    final byte[] kinds;
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
            source[e] = index.get(this.relationships[e].source());
            target[e] = index.get(this.relationships[e].target());
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
     * Breadth-first traversal from {@code origin}. {@code via[n]} records how node n was reached: 0 = not
     * reached, -1 = the origin, e + 1 = over relationship e. The visited test runs once per edge, so it reads a
     * bit set (12.5 KB for 100k nodes, cache-resident) rather than {@code via}, which is written once per node.
     * Marking visits before expanding makes cycles harmless.
     */
    public Reachability traverse(int origin, Direction direction, int typeMask, int maxDepth) {
        int[] via = new int[ids.length];
        int[] order = new int[ids.length];
        long[] visited = new long[(ids.length + 63) >>> 6];
        int head = 0;
        int tail = 0;
        order[tail++] = origin;
        via[origin] = -1;
        visited[origin >>> 6] |= 1L << origin;
        boolean backwards = direction != Direction.DEPENDENCIES;
        boolean forwards = direction != Direction.IMPACT;
        boolean allTypes = (typeMask & ALL_TYPES) == ALL_TYPES;
        for (int depth = 0; depth < maxDepth && head < tail; depth++) {
            int levelEnd = tail;
            while (head < levelEnd) {
                int node = order[head++];
                if (backwards) {
                    tail = expand(node, inStart, inAdjacency, inType, typeMask, allTypes, visited, via, order, tail);
                }
                if (forwards) {
                    tail = expand(node, outStart, outAdjacency, outType, typeMask, allTypes, visited, via, order, tail);
                }
            }
        }
        return new GraphReachability(this, origin, direction, via, order, tail);
    }

    private static int expand(int node, int[] start, int[] adjacency, byte[] type, int typeMask,
            boolean allTypes, long[] visited, int[] via, int[] order, int tail) {
        int queued = tail;
        for (int i = start[node], end = start[node + 1]; i < end; i++) {
            int next = adjacency[2 * i];
            long bit = 1L << next;
            if ((visited[next >>> 6] & bit) == 0 && (allTypes || (typeMask & (1 << type[i])) != 0)) {
                visited[next >>> 6] |= bit;
                via[next] = adjacency[2 * i + 1] + 1;
                order[queued++] = next;
            }
        }
        return queued;
    }
}
