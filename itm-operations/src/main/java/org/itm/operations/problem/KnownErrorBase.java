package org.itm.operations.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.validation.Checks;

/**
 * The searchable known-error base: problems published as known errors, found by CI, service or symptom words.
 * Thread-safe; republishing a problem replaces its entry.
 */
public final class KnownErrorBase {

    private final Map<String, Problem> byId = new ConcurrentHashMap<>();

    /** Adds or replaces {@code problem}; it must carry a workaround and symptoms (see {@link Problem#publishKnownError}). */
    public void publish(Problem problem) {
        Checks.notNull(problem, "problem");
        Checks.require(problem.workaround().isPresent() && !problem.symptoms().isEmpty(), "problem",
                "only known errors (with workaround and symptoms) can be published");
        byId.put(problem.id(), problem);
    }

    /** Known errors on configuration item {@code ci}. */
    public List<Problem> byCi(String ci) {
        Checks.notBlank(ci, "ci");
        return byId.values().stream().filter(p -> p.ci().filter(ci::equals).isPresent()).sorted(ORDER).toList();
    }

    /** Known errors of service {@code service}. */
    public List<Problem> byService(String service) {
        Checks.notBlank(service, "service");
        return byId.values().stream().filter(p -> p.service().filter(service::equals).isPresent()).sorted(ORDER)
                .toList();
    }

    /**
     * Known errors whose symptoms contain every word of {@code text} (case-insensitive), best first (most
     * matching symptom words).
     */
    public List<Problem> bySymptom(String text) {
        Checks.notBlank(text, "text");
        Set<String> wanted = words(text);
        List<Problem> out = new ArrayList<>();
        for (Problem p : byId.values()) {
            Set<String> have = new HashSet<>();
            p.symptoms().forEach(s -> have.addAll(words(s)));
            if (have.containsAll(wanted)) {
                out.add(p);
            }
        }
        out.sort(ORDER);
        return out;
    }

    private static final java.util.Comparator<Problem> ORDER = java.util.Comparator.comparing(Problem::id);

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .stream().filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toSet());
    }
}
