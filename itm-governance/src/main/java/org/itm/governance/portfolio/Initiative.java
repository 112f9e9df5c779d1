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
 * @param requires   initiatives that must also be selected (and finish first) for this one to be done
 * @param excludes   initiatives that cannot be done together with this one (mutually exclusive options)
 * @param riskScore  delivery risk, 0 (none) to 100 (extreme)
 * @param durationQuarters how many quarters it runs once started; at least one past the last team demand
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

    public static Builder builder(String id) {
        return new Builder(InitiativeId.of(id));
    }

    /** Total spend (capex + opex) over all years. */
    public Money totalCost() {
        return new Money(costs.stream().map(YearCost::total).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /** Spend (capex + opex) planned in {@code year}; zero when nothing is planned. */
    public Money costIn(int year) {
        return new Money(costs.stream().filter(c -> c.year() == year).map(YearCost::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    public Money totalBenefit() {
        return new Money(benefits.stream().map(YearBenefit::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /**
     * Net cash flow per year (benefit − cost) from the first year with a cost or benefit to the last, with
     * zero for years in between: index 0 is {@link #firstYear()}, ready for NPV, IRR and payback.
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

    /** The first year with a cost or benefit, or the planned start year when there is none. */
    public int firstYear() {
        return Stream.concat(costs.stream().map(YearCost::year), benefits.stream().map(YearBenefit::year))
                .min(Comparator.naturalOrder()).orElse(plannedStart.year());
    }

    /** The quarter after the last one it runs in when started as planned. */
    public YearQuarter plannedEnd() {
        return plannedStart.plus(durationQuarters);
    }

    /** Builds an {@link Initiative}; every setter accepts its value as is and {@link #build()} validates them all. */
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

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder sponsor(String sponsor) {
            this.sponsor = sponsor;
            return this;
        }

        public Builder businessUnit(String businessUnit) {
            this.businessUnit = businessUnit;
            return this;
        }

        public Builder objective(String objective) {
            this.objectives.add(Checks.notBlank(objective, "objective"));
            return this;
        }

        public Builder stage(StageGate stage) {
            this.stage = stage;
            return this;
        }

        public Builder currency(String currencyCode) {
            this.currency = Currency.getInstance(Checks.notBlank(currencyCode, "currency"));
            return this;
        }

        public Builder cost(int year, String capex, String opex) {
            costs.add(YearCost.of(year, capex, opex));
            return this;
        }

        public Builder cost(YearCost cost) {
            costs.add(Checks.notNull(cost, "cost"));
            return this;
        }

        public Builder benefit(int year, String amount) {
            benefits.add(YearBenefit.of(year, amount));
            return this;
        }

        public Builder benefit(YearBenefit benefit) {
            benefits.add(Checks.notNull(benefit, "benefit"));
            return this;
        }

        public Builder riskScore(double riskScore) {
            this.riskScore = riskScore;
            return this;
        }

        public Builder requires(String... ids) {
            for (String i : ids) {
                requires.add(InitiativeId.of(i));
            }
            return this;
        }

        public Builder excludes(String... ids) {
            for (String i : ids) {
                excludes.add(InitiativeId.of(i));
            }
            return this;
        }

        public Builder plannedStart(YearQuarter start) {
            this.plannedStart = start;
            return this;
        }

        /** Sets the run length; when not set it is one quarter past the last team demand (at least one). */
        public Builder durationQuarters(int quarters) {
            this.durationQuarters = quarters;
            return this;
        }

        public Builder demand(String team, int quarterOffset, double fte) {
            teamDemand.add(new TeamDemand(team, quarterOffset, fte));
            return this;
        }

        public Builder health(Health health) {
            this.health = health;
            return this;
        }

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
