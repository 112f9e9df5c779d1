package org.itm.examples.month;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.operations.importer.ImportResult;
import org.itm.operations.importer.IncidentTimeline;

/**
 * What the generated month draws its incidents from: the empirical distributions of the real ServiceNow event log
 * (priority mix, time to resolve per priority, reassignment counts, share of incidents reopened). Draws are
 * seeded by the caller's {@link Random}, so a month stays reproducible.
 *
 * @param priorities   incidents per priority ({@code P1}–{@code P4}), in priority order
 * @param resolution   resolved incidents' times to resolve per priority, ascending
 * @param reassignments every incident's reassignment count, ascending
 * @param reopenShare  incidents reopened at least once, of all incidents
 */
public record Calibration(Map<String, Long> priorities, Map<String, List<Duration>> resolution,
                          List<Integer> reassignments, double reopenShare) {

    public Calibration {
        priorities = Collections.unmodifiableMap(new TreeMap<>(Checks.notEmpty(priorities, "priorities")));
        TreeMap<String, List<Duration>> copy = new TreeMap<>();
        Checks.notNull(resolution, "resolution").forEach((p, l) -> copy.put(p, List.copyOf(l)));
        resolution = Collections.unmodifiableMap(copy);
        for (String p : priorities.keySet()) {
            Checks.require(resolution.containsKey(p) && !resolution.get(p).isEmpty(), "resolution",
                    "needs resolved incidents of priority " + p);
        }
        reassignments = List.copyOf(Checks.notEmpty(reassignments, "reassignments"));
        Checks.require(reopenShare >= 0 && reopenShare <= 1, "reopenShare", "must be between 0 and 1");
    }

    /** The distributions of an imported event log. */
    public static Calibration of(ImportResult log) {
        Map<String, Long> priorities = new TreeMap<>();
        Map<String, List<Duration>> resolution = new TreeMap<>();
        List<Integer> reassignments = new ArrayList<>();
        long reopened = 0;
        for (IncidentTimeline i : log.incidents()) {
            String p = IncidentTimeline.slaPriority(i.priority());
            priorities.merge(p, 1L, Long::sum);
            i.timeToResolve().filter(d -> !d.isZero())
                    .ifPresent(d -> resolution.computeIfAbsent(p, k -> new ArrayList<>()).add(d));
            reassignments.add(i.lastUpdate().reassignmentCount());
            if (i.lastUpdate().reopenCount() > 0) {
                reopened++;
            }
        }
        resolution.values().forEach(Collections::sort);
        Collections.sort(reassignments);
        return new Calibration(priorities, resolution, reassignments,
                log.incidents().isEmpty() ? 0 : (double) reopened / log.incidents().size());
    }

    /** A priority, drawn with the log's mix. */
    public String priority(Random rnd) {
        long total = priorities.values().stream().mapToLong(Long::longValue).sum();
        long pick = (long) (rnd.nextDouble() * total);
        for (Map.Entry<String, Long> e : priorities.entrySet()) {
            pick -= e.getValue();
            if (pick < 0) {
                return e.getKey();
            }
        }
        return priorities.keySet().iterator().next();
    }

    /** A wall-clock time to resolve for {@code priority}, drawn from the log's resolved incidents of it. */
    public Duration resolution(Random rnd, String priority) {
        List<Duration> l = resolution.get(priority);
        Checks.require(l != null, "priority", "is not one of " + resolution.keySet());
        return l.get(rnd.nextInt(l.size()));
    }

    /** A reassignment count, drawn from the log. */
    public int reassignments(Random rnd) {
        return reassignments.get(rnd.nextInt(reassignments.size()));
    }

    /** Whether an incident is reopened, with the log's share. */
    public boolean reopened(Random rnd) {
        return rnd.nextDouble() < reopenShare;
    }
}
