package org.itm.risk.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.NotFoundException;
import org.itm.core.validation.Checks;

/**
 * The register of risks with its matrix and appetite. Thread-safe; every operation validates before changing
 * anything.
 *
 * @since 0.1
 */
public final class RiskRegister {

    private final RiskMatrix matrix;
    private final RiskAppetite appetite;
    private final Map<String, Risk> risks = new LinkedHashMap<>();

    private RiskRegister(RiskMatrix matrix, RiskAppetite appetite) {
        this.matrix = matrix;
        this.appetite = appetite;
    }

    /**
     * An empty register.
     *
     * @param matrix   the likelihood and impact scales, e.g. {@link RiskMatrix#fiveByFive()}
     * @param appetite the residual score accepted per category
     * @return the register
     * @throws org.itm.core.ItmValidationException naming {@code matrix} or {@code appetite} when null
     */
    public static RiskRegister create(RiskMatrix matrix, RiskAppetite appetite) {
        return new RiskRegister(Checks.notNull(matrix, "matrix"), Checks.notNull(appetite, "appetite"));
    }

    /**
     * The register's scales.
     *
     * @return the matrix
     */
    public RiskMatrix matrix() {
        return matrix;
    }

    /**
     * Adds or replaces the risk with the same id; its levels must lie on the register's scales.
     *
     * @param risk the risk
     * @return {@code risk}
     * @throws org.itm.core.ItmValidationException naming {@code risk} when null, or {@code likelihood} or
     *                                             {@code impact} when a level is off the scale; the register is
     *                                             unchanged
     */
    public synchronized Risk put(Risk risk) {
        Checks.notNull(risk, "risk");
        matrix.score(risk.inherentLikelihood(), risk.inherentImpact());
        matrix.score(risk.residualLikelihood(), risk.residualImpact());
        risks.put(risk.id(), risk);
        return risk;
    }

    /**
     * A risk by id.
     *
     * @param id the risk's id
     * @return the risk, or empty when the register has none with that id
     */
    public synchronized Optional<Risk> get(String id) {
        return Optional.ofNullable(risks.get(id));
    }

    /**
     * Removes a risk.
     *
     * @param id the risk's id
     * @return the risk removed
     * @throws NotFoundException when the register has none with that id
     */
    public synchronized Risk remove(String id) {
        Risk removed = risks.remove(id);
        if (removed == null) {
            throw new NotFoundException("risk " + id + " is not in the register");
        }
        return removed;
    }

    /**
     * Every risk, in the order first added.
     *
     * @return an unmodifiable snapshot
     */
    public synchronized List<Risk> all() {
        return List.copyOf(risks.values());
    }

    /**
     * Counts per cell of residual (or inherent) likelihood × impact.
     *
     * @param residual {@code true} for the levels with controls, {@code false} for those before
     * @return a snapshot of the counts
     */
    public synchronized HeatMap heatMap(boolean residual) {
        int[][] counts = new int[matrix.likelihoodLevels()][matrix.impactLevels()];
        for (Risk r : risks.values()) {
            int l = residual ? r.residualLikelihood() : r.inherentLikelihood();
            int i = residual ? r.residualImpact() : r.inherentImpact();
            counts[l - 1][i - 1]++;
        }
        return new HeatMap(matrix, counts);
    }

    /**
     * Risks whose residual score exceeds their category's appetite, worst first, saying if beyond tolerance.
     *
     * @return one breach per such risk, by residual score descending (ties in the order added); empty when every
     *         risk is within appetite
     */
    public synchronized List<AppetiteBreach> aboveAppetite() {
        return risks.values().stream()
                .filter(r -> r.residualScore() > appetite.limitFor(r.category()))
                .map(r -> {
                    int tolerance = appetite.toleranceFor(r.category());
                    boolean beyond = r.residualScore() > tolerance;
                    return new AppetiteBreach(r, r.residualScore(), appetite.limitFor(r.category()), beyond,
                            "residual " + r.residualScore() + " > appetite " + appetite.limitFor(r.category())
                                    + " for category " + r.category()
                                    + (beyond ? ", beyond tolerance " + tolerance : ", within tolerance " + tolerance));
                })
                .sorted(Comparator.comparingInt(AppetiteBreach::score).reversed())
                .toList();
    }

    /**
     * Risks whose next review date is before {@code today} (due today is not overdue).
     *
     * @param today the date to judge by
     * @return the risks, in the order added
     * @throws org.itm.core.ItmValidationException naming {@code today} when null
     */
    public synchronized List<Risk> overdueReviews(LocalDate today) {
        Checks.notNull(today, "today");
        return risks.values().stream().filter(r -> r.nextReview().isBefore(today)).toList();
    }

    /**
     * Risks whose treatment plan is past due and not completed ({@link TreatmentPlan#isOverdue}).
     *
     * @param today the date to judge by
     * @return the risks, in the order added
     * @throws org.itm.core.ItmValidationException naming {@code today} when null
     */
    public synchronized List<Risk> overdueTreatments(LocalDate today) {
        Checks.notNull(today, "today");
        return risks.values().stream()
                .filter(r -> r.treatment().map(t -> t.isOverdue(today)).orElse(false)).toList();
    }
}
