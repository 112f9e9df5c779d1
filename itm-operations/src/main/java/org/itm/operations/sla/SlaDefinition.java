package org.itm.operations.sla;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itm.core.json.ItmJson;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Identifier;
import org.itm.core.validation.Validation;
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
 * @since 0.1
 */
public record SlaDefinition(@NotNull @Identifier String id, @NotBlank String name,
                            @NotNull(message = "must be RESPONSE or RESOLUTION") SlaMetric metric,
                            @NotNull @Identifier String calendar,
                            @NotEmpty(message = "must name a target for at least one priority")
                            Map<@NotBlank String, @NotNull SlaTarget> targets,
                            Map<@NotBlank String, @NotEmpty Set<@NotBlank String>> appliesWhen,
                            Optional<ConditionDefinition> condition, Set<@NotBlank String> pauseWhenStates,
                            Set<@NotBlank String> pauseWhenReasons, Set<@NotBlank String> stopWhenStates,
                            Set<@NotBlank String> cancelWhenStates, Set<@NotBlank String> resetWhenStates,
                            List<@NotNull
                                 @DecimalMin(value = "0", inclusive = false, message = "must be a fraction in (0, 1]")
                                 @DecimalMax(value = "1", message = "must be a fraction in (0, 1]")
                                 Double> warningThresholds,
                            PriorityChangePolicy priorityChangePolicy,
                            ReopenPolicy reopenPolicy, BusinessDayConvention businessDayConvention) {

    /** The warning thresholds used when none are given. */
    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.5, 0.75, 0.9);

    /**
     * Applies the defaults of the omitted fields and validates every field: the constraint annotations above, then
     * what they cannot express (ascending thresholds, a state that both pauses and stops, the condition against
     * {@link SlaFacts}).
     *
     * @param id stable identifier
     * @param name shown to people
     * @param metric response or resolution
     * @param calendar name of the business calendar (resolved by the engine's calendar lookup)
     * @param targets priority label → target; a ticket whose priority has no target is not covered
     * @param appliesWhen attribute → accepted values; all must match (empty: applies to every ticket)
     * @param condition a rule-engine condition on the fields of {@link SlaFacts} that must also hold
     * @param pauseWhenStates states that pause the clock (default {@code ON_HOLD} unless it stops the clock)
     * @param pauseWhenReasons if not empty, a pause state pauses only with one of these reasons
     * @param stopWhenStates states that stop the clock (default: {@link SlaMetric#defaultStopStates()})
     * @param cancelWhenStates states that cancel the SLA (default {@code CANCELLED})
     * @param resetWhenStates entering one of these states starts a new cycle (default none)
     * @param warningThresholds fractions of the target that raise warnings (default 0.5, 0.75, 0.9)
     * @param priorityChangePolicy default {@link PriorityChangePolicy#RECOMPUTE_FROM_START}
     * @param reopenPolicy default {@link ReopenPolicy#CONTINUE_CLOCK}
     * @param businessDayConvention default {@link BusinessDayConvention#END_OF_DAY}
     * @throws org.itm.core.ItmValidationException listing every violation with its path, e.g.
     *         {@code targets[P1]} or {@code warningThresholds[1]}
     */
    public SlaDefinition {
        Violations v = new Violations().addAll(Validation.checkComponents(SlaDefinition.class, id, name, metric,
                calendar, targets, appliesWhen, condition, pauseWhenStates, pauseWhenReasons, stopWhenStates,
                cancelWhenStates, resetWhenStates, warningThresholds, priorityChangePolicy, reopenPolicy,
                businessDayConvention));
        // without a metric there are no default stop states; the missing metric is the one violation to report
        boolean stopsUnknown = stopWhenStates == null && metric == null;
        // the copies drop null elements, which the annotations have reported; the constructor throws below
        pauseWhenReasons = pauseWhenReasons == null ? Set.of() : present(pauseWhenReasons);
        stopWhenStates = stopWhenStates == null && metric != null ? metric.defaultStopStates()
                : present(stopWhenStates == null ? Set.of() : stopWhenStates);
        // ON_HOLD is only a default pause state where it does not already stop the clock (response SLAs)
        pauseWhenStates = pauseWhenStates != null ? present(pauseWhenStates)
                : stopWhenStates.contains("ON_HOLD") ? Set.of() : Set.of("ON_HOLD");
        cancelWhenStates = cancelWhenStates == null ? Set.of("CANCELLED") : present(cancelWhenStates);
        resetWhenStates = resetWhenStates == null ? Set.of() : present(resetWhenStates);
        condition = condition == null ? Optional.empty() : condition;
        condition.ifPresent(c -> v.check("condition", () -> SlaFacts.SCHEMA.condition(c)));
        warningThresholds = warningThresholds == null ? DEFAULT_THRESHOLDS
                : warningThresholds.stream().filter(Objects::nonNull).toList();
        priorityChangePolicy = priorityChangePolicy == null ? PriorityChangePolicy.RECOMPUTE_FROM_START
                : priorityChangePolicy;
        reopenPolicy = reopenPolicy == null ? ReopenPolicy.CONTINUE_CLOCK : reopenPolicy;
        businessDayConvention = businessDayConvention == null ? BusinessDayConvention.END_OF_DAY
                : businessDayConvention;
        v.require(stopsUnknown || !stopWhenStates.isEmpty(), "stopWhenStates", "must name at least one state");
        for (int i = 1; i < warningThresholds.size(); i++) {
            v.require(warningThresholds.get(i) > warningThresholds.get(i - 1), "warningThresholds[" + i + "]",
                    "must be greater than the previous threshold");
        }
        for (String s : pauseWhenStates) {
            v.require(!stopWhenStates.contains(s), "pauseWhenStates", "state " + s + " cannot both pause and stop");
        }
        v.throwIfAny();
        targets = Map.copyOf(targets);
        appliesWhen = appliesWhen == null ? Map.of() : copy(appliesWhen);
    }

    private static Set<String> present(Set<String> values) {
        return values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        m.forEach((k, vals) -> out.put(k, Set.copyOf(vals)));
        return Map.copyOf(out);
    }

    /**
     * Reads a definition from JSON, with the same validation as the constructor.
     *
     * @param json the definition's fields as a JSON object; durations in ISO-8601 ({@code PT8H})
     * @return the definition
     * @throws org.itm.core.ItmValidationException naming the JSON path of each bad or unreadable field
     */
    public static SlaDefinition fromJson(String json) {
        return ItmJson.fromJson(json, SlaDefinition.class);
    }

    /**
     * Reads a definition from YAML, with the same validation as the constructor.
     *
     * @param yaml the definition's fields as a YAML mapping; durations in ISO-8601 ({@code PT8H})
     * @return the definition
     * @throws org.itm.core.ItmValidationException naming the path of each bad or unreadable field
     */
    public static SlaDefinition fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, SlaDefinition.class);
    }

    /**
     * Whether this definition covers a ticket; the {@link #condition()} is not evaluated here.
     *
     * @param attributes the ticket's attributes; each {@link #appliesWhen()} attribute must hold an accepted value
     * @param priority   the ticket's priority label; must have a target
     * @return true when both hold
     */
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

    /**
     * A builder for a definition with this id, named after it until {@link Builder#name} is set; other settings
     * start at their defaults. Setters do not validate: {@link Builder#build()} validates every field at once.
     *
     * @param id the definition's stable identifier
     * @return a new builder; not thread-safe
     */
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

        /**
         * The name shown to people; defaults to the id.
         *
         * @param value not blank
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * What the SLA measures; required.
         *
         * @param value response or resolution
         * @return this builder
         */
        public Builder metric(SlaMetric value) {
            this.metric = value;
            return this;
        }

        /**
         * The business calendar the clock runs on, by name; required.
         *
         * @param value a name the engine's {@link CalendarLookup} knows
         * @return this builder
         */
        public Builder calendar(String value) {
            this.calendar = value;
            return this;
        }

        /**
         * The target for tickets of {@code priority}, replacing an earlier one; at least one is required.
         *
         * @param priority a priority label, e.g. {@code P1}
         * @param target   business time or business days allowed
         * @return this builder
         */
        public Builder target(String priority, SlaTarget target) {
            targets.put(priority, target);
            return this;
        }

        /**
         * Restricts the definition to tickets whose {@code attribute} is one of {@code values}; a second call for the
         * same attribute replaces the first.
         *
         * @param attribute a ticket attribute name, e.g. {@code service}
         * @param values    the accepted values
         * @return this builder
         */
        public Builder appliesWhen(String attribute, String... values) {
            appliesWhen.put(attribute, new TreeSet<>(List.of(values)));
            return this;
        }

        /**
         * Restricts the definition to tickets for which {@code value}, evaluated over {@link SlaFacts}, holds.
         *
         * @param value the condition
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code condition} if null
         */
        public Builder condition(ConditionDefinition value) {
            this.condition = Optional.of(Checks.notNull(value, "condition"));
            return this;
        }

        /**
         * States that pause the clock; default {@code ON_HOLD}.
         *
         * @param states ticket state names
         * @return this builder
         */
        public Builder pauseWhenStates(String... states) {
            this.pauseWhenStates = Set.of(states);
            return this;
        }

        /**
         * Limits pausing to these hold reasons; default: any reason pauses.
         *
         * @param reasons hold reasons, e.g. {@code AWAITING_CUSTOMER}
         * @return this builder
         */
        public Builder pauseWhenReasons(String... reasons) {
            this.pauseWhenReasons = Set.of(reasons);
            return this;
        }

        /**
         * States that stop the clock; default {@link SlaMetric#defaultStopStates()}.
         *
         * @param states ticket state names
         * @return this builder
         */
        public Builder stopWhenStates(String... states) {
            this.stopWhenStates = Set.of(states);
            return this;
        }

        /**
         * States that cancel the SLA; default {@code CANCELLED}.
         *
         * @param states ticket state names
         * @return this builder
         */
        public Builder cancelWhenStates(String... states) {
            this.cancelWhenStates = Set.of(states);
            return this;
        }

        /**
         * States that start a new cycle with a fresh clock; default none.
         *
         * @param states ticket state names
         * @return this builder
         */
        public Builder resetWhenStates(String... states) {
            this.resetWhenStates = Set.of(states);
            return this;
        }

        /**
         * Fractions of the target at which warnings are raised; default {@link #DEFAULT_THRESHOLDS}.
         *
         * @param fractions each between 0 and 1
         * @return this builder
         */
        public Builder warningThresholds(double... fractions) {
            List<Double> l = new ArrayList<>();
            for (double f : fractions) {
                l.add(f);
            }
            this.thresholds = l;
            return this;
        }

        /**
         * What a priority change does to the target; default {@link PriorityChangePolicy#RECOMPUTE_FROM_START}.
         *
         * @param value the policy; not null
         * @return this builder
         */
        public Builder priorityChangePolicy(PriorityChangePolicy value) {
            this.priorityChangePolicy = Checks.notNull(value, "priorityChangePolicy");
            return this;
        }

        /**
         * What reopening a resolved ticket does to the clock; default {@link ReopenPolicy#CONTINUE_CLOCK}.
         *
         * @param value the policy; not null
         * @return this builder
         */
        public Builder reopenPolicy(ReopenPolicy value) {
            this.reopenPolicy = Checks.notNull(value, "reopenPolicy");
            return this;
        }

        /**
         * How business-day targets become deadlines; default {@link BusinessDayConvention#END_OF_DAY}.
         *
         * @param value the convention; not null
         * @return this builder
         */
        public Builder businessDayConvention(BusinessDayConvention value) {
            this.businessDayConvention = Checks.notNull(value, "businessDayConvention");
            return this;
        }

        /**
         * The definition.
         *
         * @return a validated definition
         * @throws org.itm.core.ItmValidationException listing every bad setting
         */
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
