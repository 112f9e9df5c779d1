package org.itm.metrics.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;

/**
 * A balanced scorecard for a scope (a service, a team, ...): weighted KPIs whose RAG statuses become a 0–100 score.
 * Evaluate it against {@link KpiResults} with {@link #evaluate}; each line explains its points.
 *
 * <p>The KPIs' results are looked up for exactly the scorecard's {@code scope} dimensions, so the KPIs must be
 * grouped by those dimensions (e.g. {@code service}).
 *
 * @param id         stable identifier
 * @param name       shown to people
 * @param scope      dimension values the scorecard covers; empty for the whole organisation
 * @param entries    the weighted KPIs, each KPI at most once
 * @param greenScore score at or above which the scorecard is GREEN (0–100)
 * @param amberScore score at or above which it is AMBER (0–greenScore)
 * @since 0.1
 */
public record Scorecard(String id, String name, Map<String, String> scope, List<ScorecardEntry> entries,
                        double greenScore, double amberScore) {

    /**
     * A scorecard; the scope and entries are copied.
     *
     * @param id         stable identifier, id-like
     * @param name       shown to people, not blank
     * @param scope      dimension values the scorecard covers
     * @param entries    the weighted KPIs, not empty, each KPI at most once
     * @param greenScore 0 to 100
     * @param amberScore 0 to {@code greenScore}
     * @throws org.itm.core.ItmValidationException listing every bad property
     */
    public Scorecard {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(scope != null, "scope", "must not be null");
        v.require(entries != null && !entries.isEmpty(), "entries", "must not be empty");
        if (entries != null) {
            v.require(new HashSet<>(entries.stream().map(ScorecardEntry::kpiId).toList()).size() == entries.size(),
                    "entries", "must not list a KPI twice");
        }
        v.require(greenScore >= 0 && greenScore <= 100, "greenScore", "must be between 0 and 100");
        v.require(amberScore >= 0 && amberScore <= greenScore, "amberScore", "must be between 0 and greenScore");
        v.throwIfAny();
        scope = Map.copyOf(scope);
        entries = List.copyOf(entries);
    }

    /**
     * A scorecard that is GREEN from 80 points and AMBER from 50.
     *
     * @param id stable identifier, id-like
     * @param name shown to people
     * @param scope dimension values the scorecard covers, e.g. {@code Map.of("service", "mail")}; empty for the
     *              whole organisation
     * @param entries the weighted KPIs, not empty, each KPI at most once
     * @return the scorecard
     * @throws org.itm.core.ItmValidationException listing every bad property
     */
    public static Scorecard of(String id, String name, Map<String, String> scope, List<ScorecardEntry> entries) {
        return new Scorecard(id, name, scope, entries, 80, 50);
    }

    /**
     * Scores the window starting on {@code windowStart}.
     *
     * @param results the KPI values, grouped by the scope's dimensions
     * @param definitions the definitions of the KPIs (for names and units), e.g. the engine's
     * @param windowStart the first date of the window to score, e.g. the first of the month
     * @return the score, its status and one line per entry
     * @throws org.itm.core.ItmValidationException if an entry's KPI has no definition
     */
    public ScorecardResult evaluate(KpiResults results, List<KpiDefinition> definitions, LocalDate windowStart) {
        Checks.notNull(results, "results");
        Checks.notNull(definitions, "definitions");
        Checks.notNull(windowStart, "windowStart");
        Map<String, KpiDefinition> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        Violations v = new Violations();
        for (int i = 0; i < entries.size(); i++) {
            v.require(byId.containsKey(entries.get(i).kpiId()), "entries[" + i + "].kpiId",
                    "no definition for KPI '" + entries.get(i).kpiId() + "'");
        }
        v.throwIfAny();

        List<Optional<KpiResult>> found = new ArrayList<>();
        double totalWeight = 0;
        for (ScorecardEntry e : entries) {
            Optional<KpiResult> r = results.find(e.kpiId(), scope, windowStart);
            found.add(r);
            if (r.isPresent() && r.get().status() != RagStatus.NONE) {
                totalWeight += e.weight();
            }
        }
        List<ScoreLine> lines = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < entries.size(); i++) {
            ScorecardEntry e = entries.get(i);
            // the scorecard's constructor rejected an entry whose KPI it does not define
            KpiDefinition d = Objects.requireNonNull(byId.get(e.kpiId()));
            Optional<KpiResult> r = found.get(i);
            if (r.isEmpty()) {
                lines.add(new ScoreLine(e.kpiId(), d.name(), d.unit(), e.weight(), Optional.empty(),
                        Optional.empty(), RagStatus.NONE, 0, 0, "no value for " + scope + " in this window",
                        Optional.empty()));
                continue;
            }
            KpiResult k = r.get();
            double points = switch (k.status()) {
                case GREEN -> 100;
                case AMBER -> 50;
                case RED, NONE -> 0;
            };
            double contribution = k.status() == RagStatus.NONE ? 0 : points * e.weight() / totalWeight;
            score += contribution;
            String why = k.status() == RagStatus.NONE ? "KPI has no thresholds; not scored" : k.explanation();
            lines.add(new ScoreLine(e.kpiId(), d.name(), d.unit(), e.weight(), Optional.of(k.value()), k.target(),
                    k.status(), points, contribution, why, r));
        }
        RagStatus status = totalWeight == 0 ? RagStatus.NONE
                : score >= greenScore ? RagStatus.GREEN : score >= amberScore ? RagStatus.AMBER : RagStatus.RED;
        return new ScorecardResult(id, name, scope, windowStart, score, status, lines);
    }
}
