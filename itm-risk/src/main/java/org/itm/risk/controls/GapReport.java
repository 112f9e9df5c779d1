package org.itm.risk.controls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Requirements of one level of a framework with and without an effective control, each with the reason. Built by
 * {@link ControlLibrary#gapAnalysis(Framework, int, java.time.LocalDate)}.
 *
 * @param framework       the framework
 * @param depth           the analysed level: 1 = top level (CSF functions, CIS controls), 2 = the next one, ...
 * @param covered         requirements of that level that are covered, in document order
 * @param gaps            the others, in document order
 * @param coveragePercent covered / analysed, two decimals half-up
 * @param why             for every analysed requirement id, why it is covered or a gap, e.g.
 *                        {@code "effective control C-BACKUP"} or
 *                        {@code "no effective control mapped to it; 2 of 4 requirements inside it covered"}
 * @since 0.1
 */
public record GapReport(Framework framework, int depth, List<Requirement> covered, List<Requirement> gaps,
                        BigDecimal coveragePercent, Map<String, String> why) {

    /**
     * Checks the components and copies the collections.
     *
     * @param framework       the framework
     * @param depth           the analysed level: 1 = top level (CSF functions, CIS controls), 2 = the next one, ...
     * @param covered         requirements of that level that are covered, in document order
     * @param gaps            the others, in document order
     * @param coveragePercent covered / analysed, two decimals half-up
     * @param why             for every analysed requirement id, why it is covered or a gap, e.g.
     *                        {@code "effective control C-BACKUP"} or
     *                        {@code "no effective control mapped to it; 2 of 4 requirements inside it covered"}
     * @throws org.itm.core.ItmValidationException naming {@code framework}, {@code covered}, {@code gaps},
     *                                             {@code coveragePercent} or {@code why} when null, or {@code depth}
     *                                             when not positive
     */
    public GapReport {
        Checks.notNull(framework, "framework");
        Checks.positive(depth, "depth");
        covered = List.copyOf(Checks.notNull(covered, "covered"));
        gaps = List.copyOf(Checks.notNull(gaps, "gaps"));
        Checks.notNull(coveragePercent, "coveragePercent");
        why = Map.copyOf(Checks.notNull(why, "why"));
    }

    /**
     * A top-level report without reasons (the shape before levels and reasons were added).
     *
     * @param framework       the framework
     * @param covered         covered top-level requirements
     * @param gaps            the others
     * @param coveragePercent covered / analysed as a percentage
     * @throws org.itm.core.ItmValidationException as the canonical constructor
     */
    public GapReport(Framework framework, List<Requirement> covered, List<Requirement> gaps,
                     BigDecimal coveragePercent) {
        this(framework, 1, covered, gaps, coveragePercent, Map.of());
    }

    /**
     * Why a requirement is covered or a gap.
     *
     * @param requirementId the requirement's id
     * @return the reason, or empty if it was not analysed (another level, or a report without reasons)
     */
    public Optional<String> why(String requirementId) {
        return Optional.ofNullable(why.get(requirementId));
    }
}
