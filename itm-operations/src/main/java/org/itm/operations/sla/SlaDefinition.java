package org.itm.operations.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.itm.core.json.ItmJson;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An SLA as data: build one with {@link #builder(String)} or read it with {@link #fromJson(String)} /
 * {@link #fromYaml(String)}. Omitted optional fields take the defaults listed below, so a YAML file only needs
 * {@code id}, {@code name}, {@code metric}, {@code calendar} and {@code targets}.
 *
 * @param id                    stable identifier
 * @param name                  shown to people
 * @param metric                response or resolution
 * @param calendar              name of the business calendar (resolved by the engine's calendar lookup)
 * @param targets               priority label → target; a ticket whose priority has no target is not covered
 * @param appliesWhen           attribute → accepted values; all must match (empty: applies to every ticket)
 * @param condition             a rule-engine condition on the fields of {@link SlaFacts} that must also hold
 * @param pauseWhenStates       states that pause the clock (default {@code ON_HOLD} unless it stops the clock)
 * @param pauseWhenReasons      if not empty, a pause state pauses only with one of these reasons
 * @param stopWhenStates        states that stop the clock (default: {@link SlaMetric#defaultStopStates()})
 * @param cancelWhenStates      states that cancel the SLA (default {@code CANCELLED})
 * @param resetWhenStates       entering one of these states starts a new cycle (default none)
 * @param warningThresholds     fractions of the target that raise warnings (default 0.5, 0.75, 0.9)
 * @param priorityChangePolicy  default {@link PriorityChangePolicy#RECOMPUTE_FROM_START}
 * @param reopenPolicy          default {@link ReopenPolicy#CONTINUE_CLOCK}
 * @param businessDayConvention default {@link BusinessDayConvention#END_OF_DAY}
 */
public record SlaDefinition(String id, String name, SlaMetric metric, String calendar,
                            Map<String, SlaTarget> targets, Map<String, Set<String>> appliesWhen,
                            Optional<ConditionDefinition> condition, Set<String> pauseWhenStates, Set<String> pauseWhenReasons, Set<String> stopWhenStates,
                            Set<String> cancelWhenStates, Set<String> resetWhenStates,
                            List<Double> warningThresholds, PriorityChangePolicy priorityChangePolicy,
                            ReopenPolicy reopenPolicy, BusinessDayConvention businessDayConvention) {

    /** The warning thresholds used when none are given. */
    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.5, 0.75, 0.9);

    public SlaDefinition {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(metric != null, "metric", "must be RESPONSE or RESOLUTION");
        v.check("", () -> Checks.id(calendar, "calendar"));
        v.require(targets != null && !targets.isEmpty(), "targets", "must name a target for at least one priority");
        pauseWhenReasons = pauseWhenReasons == null ? Set.of() : Set.copyOf(pauseWhenReasons);
        stopWhenStates = stopWhenStates == null && metric != null ? metric.defaultStopStates()
                : Set.copyOf(stopWhenStates == null ? Set.of() : stopWhenStates);
        // ON_HOLD is only a default pause state where it does not already stop the clock (response SLAs)
        pauseWhenStates = pauseWhenStates != null ? Set.copyOf(pauseWhenStates)
                : stopWhenStates.contains("ON_HOLD") ? Set.of() : Set.of("ON_HOLD");
        cancelWhenStates = cancelWhenStates == null ? Set.of("CANCELLED") : Set.copyOf(cancelWhenStates);
        resetWhenStates = resetWhenStates == null ? Set.of() : Set.copyOf(resetWhenStates);
        appliesWhen = appliesWhen == null ? Map.of() : copy(appliesWhen);
        condition = condition == null ? Optional.empty() : condition;
        condition.ifPresent(c -> v.check("condition", () -> SlaFacts.SCHEMA.condition(c)));
        warningThresholds = warningThresholds == null ? DEFAULT_THRESHOLDS : List.copyOf(warningThresholds);
        priorityChangePolicy = priorityChangePolicy == null ? PriorityChangePolicy.RECOMPUTE_FROM_START
                : priorityChangePolicy;
        reopenPolicy = reopenPolicy == null ? ReopenPolicy.CONTINUE_CLOCK : reopenPolicy;
        businessDayConvention = businessDayConvention == null ? BusinessDayConvention.END_OF_DAY
                : businessDayConvention;
        v.require(!stopWhenStates.isEmpty(), "stopWhenStates", "must name at least one state");
        for (int i = 0; i < warningThresholds.size(); i++) {
            Double t = warningThresholds.get(i);
            v.require(t != null && t > 0 && t <= 1, "warningThresholds[" + i + "]",
                    "must be a fraction in (0, 1], was " + t);
            if (i > 0 && t != null && warningThresholds.get(i - 1) != null) {
                v.require(t > warningThresholds.get(i - 1), "warningThresholds[" + i + "]",
                        "must be greater than the previous threshold");
            }
        }
        for (String s : pauseWhenStates) {
            v.require(!stopWhenStates.contains(s), "pauseWhenStates", "state " + s + " cannot both pause and stop");
        }
        if (targets != null) {
            targets.forEach((k, t) -> v.require(k != null && !k.isBlank() && t != null, "targets." + k,
                    "needs a priority label and a target"));
        }
        v.throwIfAny();
        targets = Map.copyOf(targets);
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        m.forEach((k, vals) -> out.put(Checks.notBlank(k, "appliesWhen"), Set.copyOf(vals)));
        return Map.copyOf(out);
    }

    /** Reads a definition from JSON; errors name the JSON path. */
    public static SlaDefinition fromJson(String json) {
        return ItmJson.fromJson(json, SlaDefinition.class);
    }

    /** Reads a definition from YAML; errors name the path. */
    public static SlaDefinition fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, SlaDefinition.class);
    }

    /** True when this definition covers a ticket with these attributes and priority. */
    public boolean appliesTo(Map<String, String> attributes, String priority) {
        if (!targets.containsKey(priority)) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : appliesWhen.entrySet()) {
            String value = attributes.get(e.getKey());
            if (value == null || !e.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }

    /** A builder for a definition with this id; {@link Builder#build()} validates every field. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Collects the settings of an {@link SlaDefinition}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private @Nullable SlaMetric metric;
        private @Nullable String calendar;
        private final Map<String, SlaTarget> targets = new LinkedHashMap<>();
        private final Map<String, Set<String>> appliesWhen = new LinkedHashMap<>();
        private Optional<ConditionDefinition> condition = Optional.empty();
        private @Nullable Set<String> pauseWhenStates;
        private @Nullable Set<String> pauseWhenReasons;
        private @Nullable Set<String> stopWhenStates;
        private @Nullable Set<String> cancelWhenStates;
        private @Nullable Set<String> resetWhenStates;
        private @Nullable List<Double> thresholds;
        private @Nullable PriorityChangePolicy priorityChangePolicy;
        private @Nullable ReopenPolicy reopenPolicy;
        private @Nullable BusinessDayConvention businessDayConvention;

        private Builder(String id) {
            this.id = id;
            this.name = id;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder metric(SlaMetric value) {
            this.metric = value;
            return this;
        }

        public Builder calendar(String value) {
            this.calendar = value;
            return this;
        }

        public Builder target(String priority, SlaTarget target) {
            targets.put(priority, target);
            return this;
        }

        /** Restricts the definition to tickets whose {@code attribute} is one of {@code values}. */
        public Builder appliesWhen(String attribute, String... values) {
            appliesWhen.put(attribute, new TreeSet<>(List.of(values)));
            return this;
        }

        /** Restricts the definition to tickets for which {@code value} (over {@link SlaFacts}) holds. */
        public Builder condition(ConditionDefinition value) {
            this.condition = Optional.of(Checks.notNull(value, "condition"));
            return this;
        }

        public Builder pauseWhenStates(String... states) {
            this.pauseWhenStates = Set.of(states);
            return this;
        }

        public Builder pauseWhenReasons(String... reasons) {
            this.pauseWhenReasons = Set.of(reasons);
            return this;
        }

        public Builder stopWhenStates(String... states) {
            this.stopWhenStates = Set.of(states);
            return this;
        }

        public Builder cancelWhenStates(String... states) {
            this.cancelWhenStates = Set.of(states);
            return this;
        }

        public Builder resetWhenStates(String... states) {
            this.resetWhenStates = Set.of(states);
            return this;
        }

        public Builder warningThresholds(double... fractions) {
            List<Double> l = new ArrayList<>();
            for (double f : fractions) {
                l.add(f);
            }
            this.thresholds = l;
            return this;
        }

        public Builder priorityChangePolicy(PriorityChangePolicy value) {
            this.priorityChangePolicy = Checks.notNull(value, "priorityChangePolicy");
            return this;
        }

        public Builder reopenPolicy(ReopenPolicy value) {
            this.reopenPolicy = Checks.notNull(value, "reopenPolicy");
            return this;
        }

        public Builder businessDayConvention(BusinessDayConvention value) {
            this.businessDayConvention = Checks.notNull(value, "businessDayConvention");
            return this;
        }

        /** The definition; throws {@link org.itm.core.ItmValidationException} listing every bad setting. */
        public SlaDefinition build() {
            return new SlaDefinition(id, name, Checks.toValidate(metric), Checks.toValidate(calendar), targets,
                    appliesWhen, condition, Checks.toValidate(pauseWhenStates), Checks.toValidate(pauseWhenReasons),
                    Checks.toValidate(stopWhenStates), Checks.toValidate(cancelWhenStates),
                    Checks.toValidate(resetWhenStates), Checks.toValidate(thresholds),
                    Checks.toValidate(priorityChangePolicy), Checks.toValidate(reopenPolicy),
                    Checks.toValidate(businessDayConvention));
        }
    }
}
