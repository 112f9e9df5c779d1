package org.itm.examples.durable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;
import org.itm.operations.incident.PriorityPolicy;
import org.itm.operations.problem.DetectionScope;
import org.itm.operations.problem.ProblemDetector;
import org.itm.operations.problem.ProblemProposal;

/**
 * Two months of incidents for the proposal kill-and-restart test: the same seed gives the same incidents in every
 * JVM, spread over a few CIs and category families, and a detector runs every 30 minutes over the incidents of the
 * last three days, as a scheduled job would.
 */
final class ProposalMonth {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final Duration STEP = Duration.ofMinutes(30);
    static final int STEPS = 60 * 24 * 2;
    static final Duration LOOK_BACK = Duration.ofDays(3);
    private static final String[] CATEGORIES = {"network/vpn", "network/dns", "storage/san", "app/login", "app/api"};

    private ProposalMonth() {
    }

    /** The detector every run uses; its memory is set by the caller. */
    static ProblemDetector detector() {
        return ProblemDetector.create(DetectionScope.CI, 3, Duration.ofDays(2));
    }

    /** {@code count} incidents with ids {@code prefix-INC-<n>} on CIs {@code prefix-ci-<k>}, sorted by opening. */
    static List<Incident> incidents(String prefix, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Incident> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = START.plus(Duration.ofMinutes(random.nextInt(STEPS * 30)));
            String ci = prefix + "-ci-" + random.nextInt(8);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            out.add(Incident.open(new IncidentId(prefix + "-INC-" + i), "symptom " + i, category, 2, 2,
                    PriorityPolicy.itil3x3(), at, "monitoring").affect(Optional.empty(), Optional.of(ci), at,
                    "monitoring"));
        }
        out.sort(Comparator.comparing(Incident::openedAt));
        return out;
    }

    /** Runs the detector at step {@code step} over the incidents opened in the three days up to then. */
    static List<ProblemProposal> detectAt(ProblemDetector detector, List<Incident> incidents, int step) {
        Instant now = at(step);
        Instant from = now.minus(LOOK_BACK);
        List<Incident> recent = incidents.stream()
                .filter(i -> i.openedAt().isAfter(from) && !i.openedAt().isAfter(now)).toList();
        return detector.detect(recent);
    }

    /** The instant of step {@code step}. */
    static Instant at(int step) {
        return START.plus(STEP.multipliedBy(step));
    }
}
