package org.itm.benchmarks.metrics;

import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.itm.metrics.input.IncidentRecord;

/**
 * Generates a reproducible stream of incident records one at a time, so a benchmark over ten million records
 * measures aggregation, not a ten-million-element list.
 */
final class IncidentGenerator {

    static final String[] SERVICES = names("svc-", 20);
    static final String[] TEAMS = names("team-", 10);
    static final String[] CATEGORIES = names("cat-", 8);
    static final String[] CIS = names("ci-", 500);
    static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
    private static final double[] PRIORITY_MEDIAN_HOURS = {2, 6, 16, 40};
    private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_SECONDS = 365L * 86_400;

    private final SplittableRandom random;
    private long next;

    IncidentGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private static String[] names(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + i;
        }
        return out;
    }

    IncidentRecord next() {
        int p = priority(random.nextDouble());
        long openedSeconds = START + random.nextLong(YEAR_SECONDS);
        Instant opened = Instant.ofEpochSecond(openedSeconds);
        Optional<Instant> ack = random.nextDouble() < 0.98
                ? Optional.of(opened.plusSeconds((long) (-1200 * Math.log(1 - random.nextDouble()))))
                : Optional.empty();
        Optional<Instant> resolved = random.nextDouble() < 0.95
                ? Optional.of(opened.plusSeconds((long) (3600 * PRIORITY_MEDIAN_HOURS[p]
                        * Math.exp(random.nextGaussian()))))
                : Optional.empty();
        return new IncidentRecord("INC" + next++, SERVICES[random.nextInt(SERVICES.length)],
                TEAMS[random.nextInt(TEAMS.length)], PRIORITIES[p], CATEGORIES[random.nextInt(CATEGORIES.length)],
                CIS[random.nextInt(CIS.length)], opened, ack, resolved, random.nextInt(4) == 0 ? 1 + random.nextInt(3)
                        : 0, random.nextDouble() < 0.05 ? 1 : 0, random.nextDouble() < 0.9,
                random.nextDouble() < 0.6, p == 0 && random.nextDouble() < 0.1);
    }

    private static int priority(double u) {
        return u < 0.02 ? 0 : u < 0.15 ? 1 : u < 0.55 ? 2 : 3;
    }
}
