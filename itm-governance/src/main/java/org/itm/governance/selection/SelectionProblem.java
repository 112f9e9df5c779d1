package org.itm.governance.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.Portfolio;
import org.itm.governance.portfolio.TeamQuarter;
import org.itm.governance.portfolio.YearQuarter;

/**
 * What to choose from and under which limits: candidates, a budget per year, FTE capacity per team and quarter,
 * an optional cap on the summed risk score of the selection, and mandatory initiatives.
 *
 * <p>Only stated limits bind: spend in a year without a budget, and demand for a team-quarter without a
 * capacity, are not limited. Dependencies and exclusions come from the candidates (exclusion is symmetric).
 *
 * @since 0.1
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

    /**
     * Starts a problem in the currency of an ISO 4217 code.
     *
     * @param currencyCode the code, e.g. {@code EUR}
     * @return an empty builder
     * @throws org.itm.core.ItmValidationException naming {@code currency} when the code is blank or not an ISO 4217
     *                                             code
     */
    public static Builder builder(String currencyCode) {
        return new Builder(Money.currency(currencyCode, "currency"));
    }

    /**
     * Starts a problem in a currency.
     *
     * @param currency the currency of budgets and costs
     * @return an empty builder
     * @throws org.itm.core.ItmValidationException naming {@code currency} when null
     */
    public static Builder builder(Currency currency) {
        return new Builder(Checks.notNull(currency, "currency"));
    }

    /**
     * The currency of budgets and candidate costs.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The candidates, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * The spend limit per calendar year; years without one are not limited.
     *
     * @return year → budget, in year order, unmodifiable
     */
    public Map<Integer, BigDecimal> budgets() {
        return budgets;
    }

    /**
     * The FTE limit per team and quarter; team-quarters without one are not limited.
     *
     * @return team-quarter → FTE, in team then quarter order, unmodifiable
     */
    public Map<TeamQuarter, Double> capacity() {
        return capacity;
    }

    /**
     * The cap on the summed risk score of the selection.
     *
     * @return the cap, or empty when risk is not limited
     */
    public OptionalDouble riskCap() {
        return riskCap;
    }

    /**
     * The candidates that must be selected, e.g. regulatory work.
     *
     * @return their ids in the order added, unmodifiable
     */
    public Set<InitiativeId> mandatory() {
        return mandatory;
    }

    /**
     * The same problem with every year's budget multiplied by {@code factor}, e.g. {@code 0.8} for a 20 % cut, rounded
     * half-even to the currency's minor unit (at least 2 decimals). Use it with {@link Frontier} to see what each
     * budget level buys.
     *
     * @param factor the multiplier, zero or more
     * @return a new problem; this one is unchanged
     * @throws org.itm.core.ItmValidationException naming {@code factor} when null or negative
     */
    public SelectionProblem withBudgetsScaled(BigDecimal factor) {
        Checks.notNegative(factor, "factor");
        Builder b = toBuilder();
        b.budgets.replaceAll((y, amount) -> amount.multiply(factor)
                .setScale(Math.max(2, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN));
        return b.build();
    }

    /**
     * A builder holding this problem's settings, to derive a variant (another budget, a mandatory initiative).
     *
     * @return a new builder; changing it leaves this problem unchanged
     */
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

        /**
         * Adds a candidate; an id added twice is reported by {@link #build()}.
         *
         * @param candidate the candidate
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code candidate} at once when null
         */
        public Builder candidate(Candidate candidate) {
            Checks.notNull(candidate, "candidate");
            if (candidates.putIfAbsent(candidate.id(), candidate) != null) {
                duplicates.add(candidate.id());
            }
            return this;
        }

        /**
         * Adds every initiative of the portfolio as a candidate ({@link Candidate#of(Initiative, double)}), valued by
         * {@code value}.
         *
         * @param portfolio the portfolio, in the problem's currency
         * @param value     each initiative's worth, e.g. {@code i -> i.totalBenefit().amount().doubleValue()}
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code portfolio} or {@code value} when null,
         *                                             {@code portfolio.currency} when it differs, or {@code value}
         *                                             when an initiative's worth is negative or not finite
         */
        public Builder candidates(Portfolio portfolio, ToDoubleFunction<Initiative> value) {
            Checks.notNull(portfolio, "portfolio");
            Checks.notNull(value, "value");
            Checks.require(portfolio.currency().equals(currency), "portfolio.currency",
                    "must be " + currency.getCurrencyCode() + ", was " + portfolio.currency().getCurrencyCode());
            portfolio.initiatives().forEach(i -> candidate(Candidate.of(i, value.applyAsDouble(i))));
            return this;
        }

        /**
         * Adds candidates.
         *
         * @param all the candidates
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code candidates} or {@code candidate} at once when null
         */
        public Builder candidates(Collection<Candidate> all) {
            Checks.notNull(all, "candidates").forEach(this::candidate);
            return this;
        }

        /**
         * Limits the spend of a year, replacing an earlier limit of that year.
         *
         * @param year   the calendar year, 1900–9999
         * @param amount the budget, zero or more, at most 6 decimals
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code year} when out of range or
         *                                             {@code budget[YEAR]} when null or negative
         */
        public Builder budget(int year, BigDecimal amount) {
            Checks.between(year, 1900, 9999, "year");
            budgets.put(year, Checks.notNegative(amount, "budget[" + year + "]"));
            return this;
        }

        /**
         * Limits the spend of a year, from decimal text such as {@code "2000000"}.
         *
         * @param year   the calendar year, 1900–9999
         * @param amount the budget as a decimal number, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code amount} when blank or not a decimal
         *                                             number, or as {@link #budget(int, BigDecimal)}
         */
        public Builder budget(int year, String amount) {
            return budget(year, Money.decimal(amount, "amount"));
        }

        /**
         * Limits a team's FTE in one quarter, replacing an earlier limit there.
         *
         * @param team    the team's id
         * @param quarter the quarter
         * @param fte     full-time equivalents, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code capacity[TEAM]} when {@code fte} is
         *                                             negative or not finite, {@code team} when not an id, or
         *                                             {@code quarter} when null
         */
        public Builder capacity(String team, YearQuarter quarter, double fte) {
            Checks.notNegative(fte, "capacity[" + team + "]");
            capacity.put(new TeamQuarter(team, quarter), fte);
            return this;
        }

        /**
         * Limits a team to the same FTE in every quarter from {@code first} to {@code last} inclusive.
         *
         * @param team  the team's id
         * @param first the first quarter
         * @param last  the last quarter, not before {@code first}
         * @param fte   full-time equivalents per quarter, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code last} when before {@code first}, or as
         *                                             {@link #capacity(String, YearQuarter, double)}
         */
        public Builder capacity(String team, YearQuarter first, YearQuarter last, double fte) {
            Checks.require(first.compareTo(last) <= 0, "last", "must not be before " + first);
            for (YearQuarter q = first; q.compareTo(last) <= 0; q = q.plus(1)) {
                capacity(team, q, fte);
            }
            return this;
        }

        /**
         * Caps the summed risk score of the selected initiatives.
         *
         * @param cap the cap, zero or more; with scores 0–100, {@code 150} allows e.g. three initiatives of 50
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code riskCap} at once when negative or not finite
         */
        public Builder riskCap(double cap) {
            riskCap = OptionalDouble.of(Checks.notNegative(cap, "riskCap"));
            return this;
        }

        /**
         * Requires candidates to be selected; unknown ids are reported by {@link #build()}.
         *
         * @param ids the candidates' ids
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code initiativeId} at once for a malformed id
         */
        public Builder mandatory(String... ids) {
            for (String id : ids) {
                mandatory.add(InitiativeId.of(id));
            }
            return this;
        }

        /**
         * Requires a candidate to be selected; an unknown id is reported by {@link #build()}.
         *
         * @param id the candidate's id
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code mandatory} at once when null
         */
        public Builder mandatory(InitiativeId id) {
            mandatory.add(Checks.notNull(id, "mandatory"));
            return this;
        }

        /**
         * Builds the problem.
         *
         * @return an immutable problem
         * @throws org.itm.core.ItmValidationException naming every problem at once: {@code candidates[ID]} for an id
         *                                             added twice, {@code candidates[ID].requires} or
         *                                             {@code .excludes} for an unknown candidate, {@code mandatory}
         *                                             for an unknown candidate, {@code budgets} when a budget or
         *                                             cost has more than 6 decimals
         */
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
