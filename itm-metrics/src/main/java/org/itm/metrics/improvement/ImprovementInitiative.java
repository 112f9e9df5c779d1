package org.itm.metrics.improvement;

import java.time.LocalDate;
import java.util.Map;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.metrics.kpi.KpiDirection;

/**
 * An entry of the continual improvement register: what KPI is to be improved, from where to where, by whom, and
 * where the initiative stands in its PDCA cycle.
 *
 * @param id        stable identifier
 * @param title     what is being improved
 * @param owner     accountable person or team
 * @param kpiId     the KPI that measures the improvement
 * @param scope     the KPI's group, e.g. {@code service=mail}
 * @param direction the KPI's improvement direction
 * @param baseline  KPI value before the initiative
 * @param target    KPI value aimed for; better than the baseline
 * @param stage     current PDCA stage
 * @param started   when the initiative started: windows before it are "before", after it "after"
 * @since 0.1
 */
public record ImprovementInitiative(String id, String title, String owner, String kpiId, Map<String, String> scope,
                                    KpiDirection direction, double baseline, double target, PdcaStage stage,
                                    LocalDate started) {

    /**
     * An initiative; the scope is copied.
     *
     * @param id        stable identifier, id-like
     * @param title     what is being improved, not blank
     * @param owner     accountable person or team, not blank
     * @param kpiId     the KPI that measures the improvement, not blank
     * @param scope     the KPI's group
     * @param direction the KPI's improvement direction
     * @param baseline  KPI value before the initiative, finite
     * @param target    KPI value aimed for, finite and strictly better than {@code baseline}
     * @param stage     current PDCA stage
     * @param started   when the initiative started
     * @throws org.itm.core.ItmValidationException listing every bad property
     */
    public ImprovementInitiative {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(title != null && !title.isBlank(), "title", "must not be blank");
        v.require(owner != null && !owner.isBlank(), "owner", "must not be blank");
        v.require(kpiId != null && !kpiId.isBlank(), "kpiId", "must not be blank");
        v.require(scope != null, "scope", "must not be null");
        v.require(direction != null, "direction", "must not be null");
        v.require(Double.isFinite(baseline), "baseline", "must be finite");
        v.require(Double.isFinite(target), "target", "must be finite");
        v.require(direction == null || (direction.atLeastAsGood(target, baseline) && target != baseline), "target",
                "must be better than the baseline " + baseline + " for " + direction);
        v.require(stage != null, "stage", "must not be null");
        v.require(started != null, "started", "must not be null");
        v.throwIfAny();
        scope = Map.copyOf(scope);
    }

    /**
     * This initiative in stage {@code next}; this one is unchanged.
     *
     * @param next one of {@code stage().next()}
     * @return the moved initiative
     * @throws IllegalStateTransitionException if PDCA does not allow the move
     */
    public ImprovementInitiative moveTo(PdcaStage next) {
        Checks.notNull(next, "next");
        if (!stage.next().contains(next)) {
            throw new IllegalStateTransitionException("improvement initiative " + id, stage, next,
                    "allowed: " + stage.next());
        }
        return new ImprovementInitiative(id, title, owner, kpiId, scope, direction, baseline, target, next, started);
    }
}
