package org.itm.governance.selection;

import java.math.RoundingMode;
import java.util.Collections;
import org.itm.governance.portfolio.TeamQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.Portfolio;
import org.itm.governance.portfolio.YearQuarter;

/**
 * What to choose from and under which limits: candidates, a budget per year, FTE capacity per team and quarter,
 * an optional cap on the summed risk score of the selection, and mandatory initiatives.
 *
 * <p>Only stated limits bind: spend in a year without a budget, and demand for a team-quarter without a
 * capacity, are not limited. Dependencies and exclusions come from the candidates (exclusion is symmetric).
 */
public final class SelectionProblem {

    private final Currency currency;
    private final List<Candidate> candidates;
    private final Map<Integer, BigDecimal> budgets;
    private final Map<TeamQuarter, Double> capacity;
    private final OptionalDouble riskCap;
    private final Set<InitiativeId> mandatory;

    private SelectionProblem(Builder b) {
        this.currency = b.currency;
        this.candidates = List.copyOf(b.candidates.values());
        this.budgets = Collections.unmodifiableMap(new TreeMap<>(b.budgets));
        this.capacity = Collections.unmodifiableMap(new TreeMap<>(b.capacity));
        this.riskCap = b.riskCap;
        this.mandatory = Collections.unmodifiableSet(new LinkedHashSet<>(b.mandatory));
    }

    public static Builder builder(String currencyCode) {
        return new Builder(Currency.getInstance(Checks.notBlank(currencyCode, "currency")));
    }

    public static Builder builder(Currency currency) {
        return new Builder(Checks.notNull(currency, "currency"));
    }

    public Currency currency() {
        return currency;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public Map<Integer, BigDecimal> budgets() {
        return budgets;
    }

    public Map<TeamQuarter, Double> capacity() {
        return capacity;
    }

    public OptionalDouble riskCap() {
        return riskCap;
    }

    public Set<InitiativeId> mandatory() {
        return mandatory;
    }

    /** The same problem with every year's budget multiplied by {@code factor} (rounded half-even to cents). */
    public SelectionProblem withBudgetsScaled(BigDecimal factor) {
        Checks.notNegative(factor, "factor");
        Builder b = toBuilder();
        b.budgets.replaceAll((y, amount) -> amount.multiply(factor)
                .setScale(Math.max(2, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN));
        return b.build();
    }

    /** A builder holding this problem's settings, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(currency);
        candidates.forEach(b::candidate);
        b.budgets.putAll(budgets);
        b.capacity.putAll(capacity);
        b.riskCap = riskCap;
        b.mandatory.addAll(mandatory);
        return b;
    }

    /** Builds a {@link SelectionProblem}; {@link #build()} reports every invalid setting and unknown reference. */
    public static final class Builder {
        private final Currency currency;
        private final Map<InitiativeId, Candidate> candidates = new LinkedHashMap<>();
        private final List<InitiativeId> duplicates = new ArrayList<>();
        private final Map<Integer, BigDecimal> budgets = new TreeMap<>();
        private final Map<TeamQuarter, Double> capacity = new TreeMap<>();
        private OptionalDouble riskCap = OptionalDouble.empty();
        private final Set<InitiativeId> mandatory = new LinkedHashSet<>();

        private Builder(Currency currency) {
            this.currency = currency;
        }

        public Builder candidate(Candidate candidate) {
            Checks.notNull(candidate, "candidate");
            if (candidates.putIfAbsent(candidate.id(), candidate) != null) {
                duplicates.add(candidate.id());
            }
            return this;
        }

        /** Every initiative of the portfolio as a candidate, valued by {@code value}. */
        public Builder candidates(Portfolio portfolio, ToDoubleFunction<Initiative> value) {
            Checks.notNull(portfolio, "portfolio");
            Checks.notNull(value, "value");
            Checks.require(portfolio.currency().equals(currency), "portfolio.currency",
                    "must be " + currency.getCurrencyCode() + ", was " + portfolio.currency().getCurrencyCode());
            portfolio.initiatives().forEach(i -> candidate(Candidate.of(i, value.applyAsDouble(i))));
            return this;
        }

        public Builder candidates(Collection<Candidate> all) {
            Checks.notNull(all, "candidates").forEach(this::candidate);
            return this;
        }

        public Builder budget(int year, BigDecimal amount) {
            Checks.between(year, 1900, 9999, "year");
            budgets.put(year, Checks.notNegative(amount, "budget[" + year + "]"));
            return this;
        }

        public Builder budget(int year, String amount) {
            return budget(year, new BigDecimal(Checks.notBlank(amount, "amount")));
        }

        public Builder capacity(String team, YearQuarter quarter, double fte) {
            Checks.notNegative(fte, "capacity[" + team + "]");
            capacity.put(new TeamQuarter(team, quarter), fte);
            return this;
        }

        /** The same FTE for a team in every quarter from {@code first} to {@code last} inclusive. */
        public Builder capacity(String team, YearQuarter first, YearQuarter last, double fte) {
            Checks.require(first.compareTo(last) <= 0, "last", "must not be before " + first);
            for (YearQuarter q = first; q.compareTo(last) <= 0; q = q.plus(1)) {
                capacity(team, q, fte);
            }
            return this;
        }

        /** Caps the summed risk score of the selected initiatives. */
        public Builder riskCap(double cap) {
            riskCap = OptionalDouble.of(Checks.notNegative(cap, "riskCap"));
            return this;
        }

        public Builder mandatory(String... ids) {
            for (String id : ids) {
                mandatory.add(InitiativeId.of(id));
            }
            return this;
        }

        public Builder mandatory(InitiativeId id) {
            mandatory.add(Checks.notNull(id, "mandatory"));
            return this;
        }

        public SelectionProblem build() {
            Violations v = new Violations();
            duplicates.forEach(d -> v.add("candidates[" + d + "]", "id appears more than once"));
            for (Candidate c : candidates.values()) {
                c.requires().stream().filter(r -> !candidates.containsKey(r))
                        .forEach(r -> v.add("candidates[" + c.id() + "].requires", "names unknown candidate " + r));
                c.excludes().stream().filter(r -> !candidates.containsKey(r))
                        .forEach(r -> v.add("candidates[" + c.id() + "].excludes", "names unknown candidate " + r));
            }
            mandatory.stream().filter(m -> !candidates.containsKey(m))
                    .forEach(m -> v.add("mandatory", "names unknown candidate " + m));
            Set<Integer> scales = new HashSet<>();
            budgets.values().forEach(b -> scales.add(b.stripTrailingZeros().scale()));
            candidates.values().forEach(c -> c.costByYear().values().forEach(b -> scales.add(b.stripTrailingZeros().scale())));
            v.require(scales.stream().allMatch(s -> s <= 6), "budgets", "amounts may have at most 6 decimals");
            v.throwIfAny();
            return new SelectionProblem(this);
        }
    }
}
