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
 */
public final class RiskRegister {

    private final RiskMatrix matrix;
    private final RiskAppetite appetite;
    private final Map<String, Risk> risks = new LinkedHashMap<>();

    private RiskRegister(RiskMatrix matrix, RiskAppetite appetite) {
        this.matrix = matrix;
        this.appetite = appetite;
    }

    public static RiskRegister create(RiskMatrix matrix, RiskAppetite appetite) {
        return new RiskRegister(Checks.notNull(matrix, "matrix"), Checks.notNull(appetite, "appetite"));
    }

    public RiskMatrix matrix() {
        return matrix;
    }

    /** Adds or replaces the risk with the same id; its levels must lie on the register's scales. */
    public synchronized Risk put(Risk risk) {
        Checks.notNull(risk, "risk");
        matrix.score(risk.inherentLikelihood(), risk.inherentImpact());
        matrix.score(risk.residualLikelihood(), risk.residualImpact());
        risks.put(risk.id(), risk);
        return risk;
    }

    public synchronized Optional<Risk> get(String id) {
        return Optional.ofNullable(risks.get(id));
    }

    /** Removes a risk, failing if there is none with that id. */
    public synchronized Risk remove(String id) {
        Risk removed = risks.remove(id);
        if (removed == null) {
            throw new NotFoundException("risk " + id + " is not in the register");
        }
        return removed;
    }

    public synchronized List<Risk> all() {
        return List.copyOf(risks.values());
    }

    /** Counts per cell of residual (or inherent) likelihood × impact. */
    public synchronized HeatMap heatMap(boolean residual) {
        int[][] counts = new int[matrix.likelihoodLevels()][matrix.impactLevels()];
        for (Risk r : risks.values()) {
            int l = residual ? r.residualLikelihood() : r.inherentLikelihood();
            int i = residual ? r.residualImpact() : r.inherentImpact();
            counts[l - 1][i - 1]++;
        }
        return new HeatMap(matrix, counts);
    }

    /** Risks whose residual score exceeds their category's appetite, worst first, saying if beyond tolerance. */
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

    /** Risks whose next review date is before {@code today}. */
    public synchronized List<Risk> overdueReviews(LocalDate today) {
        Checks.notNull(today, "today");
        return risks.values().stream().filter(r -> r.nextReview().isBefore(today)).toList();
    }

    /** Risks whose treatment plan is past due and not completed. */
    public synchronized List<Risk> overdueTreatments(LocalDate today) {
        Checks.notNull(today, "today");
        return risks.values().stream()
                .filter(r -> r.treatment().map(t -> t.isOverdue(today)).orElse(false)).toList();
    }
}
