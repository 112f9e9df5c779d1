package org.itm.operations.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.itm.core.validation.Checks;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentId;

/**
 * Proposes problems for recurring incidents: at least {@code minIncidents} incidents on the same CI (or service)
 * with a similar category opened within {@code window}. An incident that was part of a proposal is never part of
 * another, so the same set (or an overlapping one) is never proposed twice: the detector remembers what it proposed
 * in a {@link ProposalMemory}, in this JVM by default, or in a store ({@link #withMemory}) so that the memory and the
 * proposals' notifications survive a restart. Thread-safe.
 *
 * <p>Categories are similar when their {@code categoryGroup} is equal; the default group is the first segment
 * of the category path ({@code network/vpn} and {@code network/dns} are both {@code network}).
 *
 * @since 0.1
 */
public final class ProblemDetector {

    private final DetectionScope scope;
    private final int minIncidents;
    private final Duration window;
    private final UnaryOperator<String> categoryGroup;
    private final ProposalMemory memory;

    private ProblemDetector(DetectionScope scope, int minIncidents, Duration window,
                            UnaryOperator<String> categoryGroup, ProposalMemory memory) {
        this.scope = Checks.notNull(scope, "scope");
        this.minIncidents = Checks.between(minIncidents, 2, 10_000, "minIncidents");
        this.window = Checks.positive(window, "window");
        this.categoryGroup = Checks.notNull(categoryGroup, "categoryGroup");
        this.memory = Checks.notNull(memory, "memory");
    }

    private ProblemDetector(DetectionScope scope, int minIncidents, Duration window,
                            UnaryOperator<String> categoryGroup) {
        this(scope, minIncidents, window, categoryGroup, ProposalMemory.inMemory());
    }

    /**
     * This detector with {@code memory} as what it remembers, e.g. a stored memory built by
     * {@link ProposalMemory#builder}; what this detector proposed so far is not carried over.
     *
     * @param memory the memory
     * @return the detector
     * @throws org.itm.core.ItmValidationException if {@code memory} is null
     */
    public ProblemDetector withMemory(ProposalMemory memory) {
        return new ProblemDetector(scope, minIncidents, window, categoryGroup, memory);
    }

    /**
     * A detector with the default category similarity (first path segment, case-insensitive).
     *
     * @param scope        what incidents must share
     * @param minIncidents incidents that make a pattern, 2 to 10,000
     * @param window       how far apart in time the first and last may be; positive
     * @return a detector with an in-memory {@link ProposalMemory}; {@link #detect} is synchronized, so it may be shared
     * @throws org.itm.core.ItmValidationException naming {@code scope}, {@code minIncidents} or {@code window}
     */
    public static ProblemDetector create(DetectionScope scope, int minIncidents, Duration window) {
        return new ProblemDetector(scope, minIncidents, window,
                c -> c.toLowerCase(Locale.ROOT).split("/", 2)[0].trim());
    }

    /**
     * A detector with a custom category similarity.
     *
     * @param scope         what incidents must share
     * @param minIncidents  incidents that make a pattern, 2 to 10,000
     * @param window        how far apart in time the first and last may be; positive
     * @param categoryGroup maps an incident category to the group that counts as similar, e.g. {@code network/dns ->
     *                      network}
     * @return a detector with an in-memory {@link ProposalMemory}
     * @throws org.itm.core.ItmValidationException naming the bad argument
     */
    public static ProblemDetector create(DetectionScope scope, int minIncidents, Duration window,
                                         UnaryOperator<String> categoryGroup) {
        return new ProblemDetector(scope, minIncidents, window, categoryGroup);
    }

    /**
     * New proposals from {@code incidents} (any order; those without a CI/service or category are ignored), each
     * recorded in the memory before it is returned; a proposal another process recorded first (sharing an incident
     * with it) is left out.
     *
     * @param incidents incidents to look at
     * @return the new proposals; empty when none
     * @throws org.itm.core.ItmValidationException if {@code incidents} is null
     */
    public synchronized List<ProblemProposal> detect(Collection<Incident> incidents) {
        Checks.notNull(incidents, "incidents");
        List<Incident> candidates = new ArrayList<>();
        for (Incident i : incidents) {
            Checks.notNull(i, "incidents[]");
            Optional<String> target = scope == DetectionScope.CI ? i.ci() : i.service();
            if (target.isPresent() && !i.category().isBlank()) {
                candidates.add(i);
            }
        }
        Set<String> proposed = memory.proposedAmong(scope, candidates.stream().map(i -> i.id().value()).toList());
        Map<String, List<Incident>> groups = new LinkedHashMap<>();
        for (Incident i : candidates) {
            Optional<String> target = scope == DetectionScope.CI ? i.ci() : i.service();
            if (proposed.contains(i.id().value())) {
                continue;
            }
            groups.computeIfAbsent(target.get() + "\u0000" + categoryGroup.apply(i.category()), k -> new ArrayList<>())
                    .add(i);
        }
        List<ProblemProposal> out = new ArrayList<>();
        for (Map.Entry<String, List<Incident>> g : groups.entrySet()) {
            List<Incident> l = g.getValue();
            l.sort(Comparator.comparing(Incident::openedAt).thenComparing(i -> i.id().value()));
            int start = 0;
            for (int end = 0; end < l.size(); end++) {
                while (Duration.between(l.get(start).openedAt(), l.get(end).openedAt()).compareTo(window) > 0) {
                    start++;
                }
                if (end - start + 1 >= minIncidents) {
                    List<Incident> set = l.subList(start, end + 1);
                    String[] key = g.getKey().split("\u0000", 2);
                    List<IncidentId> ids = set.stream().map(Incident::id)
                            .sorted(Comparator.comparing(IncidentId::value)).toList();
                    ProblemProposal proposal = new ProblemProposal(scope, key[0], key[1], ids, set.get(0).openedAt(),
                            set.get(set.size() - 1).openedAt(), ids.size() + " incidents on " + scope + " " + key[0]
                            + " with category " + key[1] + " within " + window);
                    if (memory.record(proposal)) {
                        out.add(proposal);
                    }
                    start = end + 1;
                }
            }
        }
        return out;
    }
}
