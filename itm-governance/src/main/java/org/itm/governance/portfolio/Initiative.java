package org.itm.governance.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A proposed or running change initiative: who sponsors it, which objectives it serves, what it costs and
 * returns per year, how risky it is, what it depends on or excludes, and which teams it needs when.
 *
 * <p>Build with {@link #builder(String)}; {@code build()} reports every invalid property at once.
 *
 * @param id               the portfolio office's key
 * @param name             a short title
 * @param sponsor          who sponsors it (a person or role); portfolio concentration is measured by sponsor too
 * @param businessUnit     the business unit it belongs to
 * @param objectives       the strategic objectives it serves, possibly none; copied
 * @param stage            the stage gate it has passed
 * @param currency         the currency of its costs and benefits
 * @param costs            planned spend per year, each year at most once; copied
 * @param benefits         estimated benefit per year, each year at most once; copied
 * @param riskScore        delivery risk, 0 (none) to 100 (extreme)
 * @param requires         initiatives that must also be selected (and finish first) for this one to be done
 * @param excludes         initiatives that cannot be done together with this one (mutually exclusive options)
 * @param plannedStart     the quarter it is planned to start in
 * @param durationQuarters how many quarters it runs once started; at least one past the last team demand
 * @param teamDemand       FTE per team and quarter of its run, each team and quarter at most once; copied
 * @param health           its schedule, budget and scope rating
 * @since 0.1
 */
public record Initiative(
        InitiativeId id,
        String name,
        String sponsor,
        String businessUnit,
        Set<String> objectives,
        StageGate stage,
        Currency currency,
        List<YearCost> costs,
        List<YearBenefit> benefits,
        double riskScore,
        Set<InitiativeId> requires,
        Set<InitiativeId> excludes,
        YearQuarter plannedStart,
        int durationQuarters,
        List<TeamDemand> teamDemand,
        Health health) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id               the portfolio office's key
     * @param name             a short title; not blank
     * @param sponsor          who sponsors it; not blank
     * @param businessUnit     the business unit; not blank
     * @param objectives       the objectives it serves
     * @param stage            the stage gate passed
     * @param currency         the currency of costs and benefits
     * @param costs            planned spend per year, each year once
     * @param benefits         estimated benefit per year, each year once
     * @param riskScore        delivery risk, 0 to 100
     * @param requires         initiatives it requires; not itself
     * @param excludes         initiatives it excludes; not itself nor one it requires
     * @param plannedStart     the planned first quarter
     * @param durationQuarters quarters it runs, at least 1 and past the last team demand's offset
     * @param teamDemand       FTE per team and quarter offset, each pair once
     * @param health           its rating
     * @throws org.itm.core.ItmValidationException naming every problem at once, e.g. {@code name} when blank,
     *                                             {@code riskScore} when outside 0 to 100, {@code costs[YEAR]} for a
     *                                             year given twice, {@code requires} when it names the initiative
     *                                             itself, {@code excludes[ID]} for an initiative also required, or
     *                                             {@code durationQuarters} when it does not cover the team demand
     */
    public Initiative {
        Violations v = new Violations();
        v.require(id != null, "id", "must not be null");
        v.require(name != null && !name.isBlank(), "name", "must not be blank");
        v.require(sponsor != null && !sponsor.isBlank(), "sponsor", "must not be blank");
        v.require(businessUnit != null && !businessUnit.isBlank(), "businessUnit", "must not be blank");
        v.require(objectives != null, "objectives", "must not be null");
        v.require(stage != null, "stage", "must not be null");
        v.require(currency != null, "currency", "must not be null");
        v.require(costs != null, "costs", "must not be null");
        v.require(benefits != null, "benefits", "must not be null");
        v.require(Double.isFinite(riskScore) && riskScore >= 0 && riskScore <= 100, "riskScore",
                "must be between 0 and 100, was " + riskScore);
        v.require(requires != null, "requires", "must not be null");
        v.require(excludes != null, "excludes", "must not be null");
        v.require(plannedStart != null, "plannedStart", "must not be null");
        v.require(teamDemand != null, "teamDemand", "must not be null");
        v.require(health != null, "health", "must not be null");
        v.throwIfAny();
        objectives = Set.copyOf(objectives);
        costs = List.copyOf(costs);
        benefits = List.copyOf(benefits);
        requires = Set.copyOf(requires);
        excludes = Set.copyOf(excludes);
        teamDemand = List.copyOf(teamDemand);
        Set<Integer> years = new HashSet<>();
        for (YearCost c : costs) {
            v.require(years.add(c.year()), "costs[" + c.year() + "]", "year appears more than once");
        }
        Set<Integer> benefitYears = new HashSet<>();
        for (YearBenefit b : benefits) {
            v.require(benefitYears.add(b.year()), "benefits[" + b.year() + "]", "year appears more than once");
        }
        v.require(!requires.contains(id), "requires", "an initiative cannot require itself");
        v.require(!excludes.contains(id), "excludes", "an initiative cannot exclude itself");
        for (InitiativeId r : requires) {
            v.require(!excludes.contains(r), "excludes[" + r + "]", "is also required; the initiative could never be done");
        }
        Set<String> demandKeys = new HashSet<>();
        int lastOffset = -1;
        for (TeamDemand d : teamDemand) {
            v.require(demandKeys.add(d.team() + "@" + d.quarterOffset()), "teamDemand[" + d.team() + "@" + d.quarterOffset() + "]",
                    "team and quarter appear more than once");
            lastOffset = Math.max(lastOffset, d.quarterOffset());
        }
        v.require(durationQuarters >= 1, "durationQuarters", "must be at least 1, was " + durationQuarters);
        v.require(durationQuarters > lastOffset, "durationQuarters",
                "must cover the last team demand at quarter offset " + lastOffset + ", was " + durationQuarters);
        v.throwIfAny();
    }

    /**
     * Starts an initiative. The builder's defaults: stage {@link StageGate#IDEA}, currency EUR, risk score 0, health
     * {@link Health#notAssessed()}, no costs, benefits, objectives, dependencies or team demand.
     *
     * @param id the portfolio office's key, e.g. {@code INI-042}
     * @return the builder; name, sponsor, business unit and planned start must still be set
     * @throws org.itm.core.ItmValidationException naming {@code initiativeId} when {@code id} is not an id
     */
    public static Builder builder(String id) {
        return new Builder(InitiativeId.of(id));
    }

    /**
     * Total spend (capex + opex) over all years.
     *
     * @return the sum in the initiative's currency; zero when no cost is planned
     */
    public Money totalCost() {
        return new Money(costs.stream().map(YearCost::total).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /**
     * Spend (capex + opex) planned in one year.
     *
     * @param year the calendar year
     * @return the year's spend in the initiative's currency; zero when nothing is planned that year
     */
    public Money costIn(int year) {
        return new Money(costs.stream().filter(c -> c.year() == year).map(YearCost::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /**
     * Total estimated benefit over all years.
     *
     * @return the sum in the initiative's currency; zero when no benefit is estimated
     */
    public Money totalBenefit() {
        return new Money(benefits.stream().map(YearBenefit::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /**
     * Net cash flow per year (benefit − cost) from the first year with a cost or benefit to the last, with
     * zero for years in between: index 0 is {@link #firstYear()}, ready for NPV, IRR and payback.
     *
     * @return one amount per year, in the initiative's currency, negative when the year costs more than it returns;
     *         empty when there is no cost or benefit at all
     */
    public List<BigDecimal> netCashFlows() {
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        costs.forEach(c -> byYear.merge(c.year(), c.total().negate(), BigDecimal::add));
        benefits.forEach(b -> byYear.merge(b.year(), b.amount(), BigDecimal::add));
        List<BigDecimal> flows = new ArrayList<>();
        if (byYear.isEmpty()) {
            return List.of();
        }
        for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
            flows.add(byYear.getOrDefault(y, BigDecimal.ZERO));
        }
        return List.copyOf(flows);
    }

    /**
     * The year of index 0 of {@link #netCashFlows()}.
     *
     * @return the first year with a cost or benefit, or the planned start's year when there is none
     */
    public int firstYear() {
        return Stream.concat(costs.stream().map(YearCost::year), benefits.stream().map(YearBenefit::year))
                .min(Comparator.naturalOrder()).orElse(plannedStart.year());
    }

    /**
     * When it would end if started as planned: a two-quarter initiative planned for 2027-Q1 ends before 2027-Q3.
     *
     * @return the quarter after the last one it runs in (exclusive)
     */
    public YearQuarter plannedEnd() {
        return plannedStart.plus(durationQuarters);
    }

    /**
     * Builds an {@link Initiative}; setters accept their values as is (except where noted) and {@link #build()}
     * validates them all, reporting every problem at once. Setters of collections add to them.
     */
    public static final class Builder {
        private final InitiativeId id;
        private @Nullable String name;
        private @Nullable String sponsor;
        private @Nullable String businessUnit;
        private final Set<String> objectives = new LinkedHashSet<>();
        private StageGate stage = StageGate.IDEA;
        private Currency currency = Currency.getInstance("EUR");
        private final List<YearCost> costs = new ArrayList<>();
        private final List<YearBenefit> benefits = new ArrayList<>();
        private double riskScore;
        private final Set<InitiativeId> requires = new LinkedHashSet<>();
        private final Set<InitiativeId> excludes = new LinkedHashSet<>();
        private @Nullable YearQuarter plannedStart;
        private int durationQuarters;
        private final List<TeamDemand> teamDemand = new ArrayList<>();
        private Health health = Health.notAssessed();

        private Builder(InitiativeId id) {
            this.id = id;
        }

        /**
         * Sets the short title.
         *
         * @param name the title; required, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets who sponsors the initiative.
         *
         * @param sponsor a person or role; required, not blank
         * @return this builder
         */
        public Builder sponsor(String sponsor) {
            this.sponsor = sponsor;
            return this;
        }

        /**
         * Sets the business unit it belongs to.
         *
         * @param businessUnit the unit's name; required, not blank
         * @return this builder
         */
        public Builder businessUnit(String businessUnit) {
            this.businessUnit = businessUnit;
            return this;
        }

        /**
         * Adds a strategic objective it serves; its cost and benefit are split evenly between its objectives in a
         * {@link PortfolioAssessment}.
         *
         * @param objective the objective's name
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code objective} at once when it is blank
         */
        public Builder objective(String objective) {
            this.objectives.add(Checks.notBlank(objective, "objective"));
            return this;
        }

        /**
         * Sets the stage gate passed; {@link StageGate#IDEA} by default.
         *
         * @param stage the stage
         * @return this builder
         */
        public Builder stage(StageGate stage) {
            this.stage = stage;
            return this;
        }

        /**
         * Sets the currency of costs and benefits; EUR by default.
         *
         * @param currencyCode an ISO 4217 code, e.g. {@code USD}
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code currency} at once when the code is blank or not
         *                                             an ISO 4217 code
         */
        public Builder currency(String currencyCode) {
            this.currency = Money.currency(currencyCode, "currency");
            return this;
        }

        /**
         * Adds the planned spend of a year.
         *
         * @param year  the calendar year, 1900–9999
         * @param capex capital expenditure as a decimal number, zero or more
         * @param opex  operating expenditure as a decimal number, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, as {@link YearCost#of}
         * @throws NumberFormatException               at once when an amount is not a decimal number
         */
        public Builder cost(int year, String capex, String opex) {
            costs.add(YearCost.of(year, capex, opex));
            return this;
        }

        /**
         * Adds the planned spend of a year.
         *
         * @param cost the year's capex and opex
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code cost} at once when it is null
         */
        public Builder cost(YearCost cost) {
            costs.add(Checks.notNull(cost, "cost"));
            return this;
        }

        /**
         * Adds the estimated benefit of a year.
         *
         * @param year   the calendar year, 1900–9999
         * @param amount the benefit as a decimal number, zero or more
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, as {@link YearBenefit#of}
         * @throws NumberFormatException               at once when the amount is not a decimal number
         */
        public Builder benefit(int year, String amount) {
            benefits.add(YearBenefit.of(year, amount));
            return this;
        }

        /**
         * Adds the estimated benefit of a year.
         *
         * @param benefit the year's benefit
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code benefit} at once when it is null
         */
        public Builder benefit(YearBenefit benefit) {
            benefits.add(Checks.notNull(benefit, "benefit"));
            return this;
        }

        /**
         * Sets the delivery risk; 0 by default.
         *
         * @param riskScore 0 (none) to 100 (extreme)
         * @return this builder
         */
        public Builder riskScore(double riskScore) {
            this.riskScore = riskScore;
            return this;
        }

        /**
         * Adds initiatives that must also be selected, and finish first, for this one to be done.
         *
         * @param ids their ids
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code initiativeId} at once for a malformed id
         */
        public Builder requires(String... ids) {
            for (String i : ids) {
                requires.add(InitiativeId.of(i));
            }
            return this;
        }

        /**
         * Adds initiatives that cannot be done together with this one.
         *
         * @param ids their ids
         * @return this builder
         * @throws org.itm.core.ItmValidationException naming {@code initiativeId} at once for a malformed id
         */
        public Builder excludes(String... ids) {
            for (String i : ids) {
                excludes.add(InitiativeId.of(i));
            }
            return this;
        }

        /**
         * Sets the quarter it is planned to start in.
         *
         * @param start the quarter; required
         * @return this builder
         */
        public Builder plannedStart(YearQuarter start) {
            this.plannedStart = start;
            return this;
        }

        /**
         * Sets the run length; when not set it is one quarter past the last team demand (at least one).
         *
         * @param quarters quarters it runs once started; at least 1 and past the last team demand's offset
         * @return this builder
         */
        public Builder durationQuarters(int quarters) {
            this.durationQuarters = quarters;
            return this;
        }

        /**
         * Adds what a team must give in one quarter of the run.
         *
         * @param team          the team's id
         * @param quarterOffset the quarter of the run, 0 (the first) to 400
         * @param fte           full-time equivalents; above zero
         * @return this builder
         * @throws org.itm.core.ItmValidationException at once, naming {@code team}, {@code quarterOffset} or
         *                                             {@code fte}, as {@link TeamDemand}
         */
        public Builder demand(String team, int quarterOffset, double fte) {
            teamDemand.add(new TeamDemand(team, quarterOffset, fte));
            return this;
        }

        /**
         * Sets the rating; {@link Health#notAssessed()} by default.
         *
         * @param health the rating
         * @return this builder
         */
        public Builder health(Health health) {
            this.health = health;
            return this;
        }

        /**
         * Builds the initiative. When no duration was set it is one quarter past the last team demand (at least
         * one).
         *
         * @return the initiative
         * @throws org.itm.core.ItmValidationException naming every invalid property at once, as the
         *                                             canonical constructor
         */
        public Initiative build() {
            int duration = durationQuarters;
            if (duration == 0) {
                duration = Math.max(1, teamDemand.stream().mapToInt(TeamDemand::quarterOffset).max().orElse(-1) + 1);
            }
            return new Initiative(id, Checks.toValidate(name), Checks.toValidate(sponsor),
                    Checks.toValidate(businessUnit), objectives, stage, currency, costs, benefits, riskScore, requires,
                    excludes, Checks.toValidate(plannedStart), duration, teamDemand, health);
        }
    }
}
