package org.itm.governance.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.itm.core.money.Money;

/**
 * A portfolio's value (estimated benefit), cost, risk and health by objective, by stage and by business unit,
 * and the concentration of spend and of risk-weighted spend.
 *
 * <p>An initiative that serves several objectives has its cost and benefit split evenly between them, so the
 * objective totals add up to the portfolio total; it is counted once in each objective's {@code count}.
 * Initiatives without an objective are grouped under {@link #NO_OBJECTIVE}. Made by {@link Portfolio#assess()}.
 *
 * @param total               the whole portfolio
 * @param byObjective         objective → its initiatives' share
 * @param byStage             stage gate → its initiatives; stages no initiative is at are absent
 * @param byBusinessUnit      business unit → its initiatives
 * @param spendByBusinessUnit how total cost is spread over business units
 * @param spendBySponsor      how total cost is spread over sponsors
 * @param spendByInitiative   how total cost is spread over initiatives
 * @param riskByBusinessUnit  how risk-weighted cost (cost × risk score / 100) is spread over business units
 * @param riskByInitiative    how risk-weighted cost is spread over initiatives
 * @since 0.1
 */
public record PortfolioAssessment(
        Segment total,
        Map<String, Segment> byObjective,
        Map<StageGate, Segment> byStage,
        Map<String, Segment> byBusinessUnit,
        Concentration spendByBusinessUnit,
        Concentration spendBySponsor,
        Concentration spendByInitiative,
        Concentration riskByBusinessUnit,
        Concentration riskByInitiative) {

    /** The {@link #byObjective()} key of initiatives that serve no objective. */
    public static final String NO_OBJECTIVE = "(no objective)";

    /**
     * Copies the maps, which are unmodifiable from then on.
     *
     * @param total               the whole portfolio
     * @param byObjective         objective → its initiatives' share
     * @param byStage             stage gate → its initiatives; stages no initiative is at are absent
     * @param byBusinessUnit      business unit → its initiatives
     * @param spendByBusinessUnit how total cost is spread over business units
     * @param spendBySponsor      how total cost is spread over sponsors
     * @param spendByInitiative   how total cost is spread over initiatives
     * @param riskByBusinessUnit  how risk-weighted cost (cost × risk score / 100) is spread over business units
     * @param riskByInitiative    how risk-weighted cost is spread over initiatives
     */
    public PortfolioAssessment {
        byObjective = Map.copyOf(byObjective);
        byStage = Map.copyOf(byStage);
        byBusinessUnit = Map.copyOf(byBusinessUnit);
    }

    static PortfolioAssessment of(Portfolio portfolio) {
        List<Initiative> all = portfolio.initiatives();
        var currency = portfolio.currency();
        Map<String, Acc> objective = new TreeMap<>();
        Map<StageGate, Acc> stage = new EnumMap<>(StageGate.class);
        Map<String, Acc> unit = new TreeMap<>();
        Acc total = new Acc();
        for (Initiative i : all) {
            total.add(i, BigDecimal.ONE);
            stage.computeIfAbsent(i.stage(), k -> new Acc()).add(i, BigDecimal.ONE);
            unit.computeIfAbsent(i.businessUnit(), k -> new Acc()).add(i, BigDecimal.ONE);
            if (i.objectives().isEmpty()) {
                objective.computeIfAbsent(NO_OBJECTIVE, k -> new Acc()).add(i, BigDecimal.ONE);
            } else {
                BigDecimal part = BigDecimal.ONE.divide(BigDecimal.valueOf(i.objectives().size()), MathContext.DECIMAL64);
                i.objectives().forEach(o -> objective.computeIfAbsent(o, k -> new Acc()).add(i, part));
            }
        }
        Function<Initiative, BigDecimal> spend = i -> i.totalCost().amount();
        Function<Initiative, BigDecimal> risk = i -> riskWeighted(i);
        return new PortfolioAssessment(
                total.segment(currency),
                segments(objective, currency),
                segments(stage, currency),
                segments(unit, currency),
                concentration("businessUnit", all, Initiative::businessUnit, spend),
                concentration("sponsor", all, Initiative::sponsor, spend),
                concentration("initiative", all, i -> i.id().value(), spend),
                concentration("businessUnit", all, Initiative::businessUnit, risk),
                concentration("initiative", all, i -> i.id().value(), risk));
    }

    private static BigDecimal riskWeighted(Initiative i) {
        return i.totalCost().amount().multiply(BigDecimal.valueOf(i.riskScore()))
                .divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
    }

    private static <K> Map<K, Segment> segments(Map<K, Acc> accs, Currency currency) {
        Map<K, Segment> out = new LinkedHashMap<>();
        accs.forEach((k, a) -> out.put(k, a.segment(currency)));
        return out;
    }

    private static Concentration concentration(String dimension, List<Initiative> all,
                                               Function<Initiative, String> key,
                                               Function<Initiative, BigDecimal> amount) {
        Map<String, BigDecimal> byKey = new HashMap<>();
        for (Initiative i : all) {
            byKey.merge(key.apply(i), amount.apply(i), BigDecimal::add);
        }
        BigDecimal sum = byKey.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Concentration.Share> shares = new ArrayList<>();
        double hhi = 0;
        for (var e : byKey.entrySet()) {
            double f = sum.signum() == 0 ? 0 : e.getValue().divide(sum, MathContext.DECIMAL64).doubleValue();
            hhi += f * f;
            shares.add(new Concentration.Share(e.getKey(), e.getValue().setScale(2, RoundingMode.HALF_EVEN), f));
        }
        shares.sort((a, b) -> {
            int c = b.amount().compareTo(a.amount());
            return c != 0 ? c : a.key().compareTo(b.key());
        });
        return new Concentration(dimension, Math.min(1.0, hhi), shares);
    }

    private static final class Acc {
        int count;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal benefit = BigDecimal.ZERO;
        BigDecimal riskCost = BigDecimal.ZERO;
        double riskSum;
        final Map<Rag, Integer> health = new EnumMap<>(Rag.class);

        void add(Initiative i, BigDecimal part) {
            count++;
            cost = cost.add(i.totalCost().amount().multiply(part));
            benefit = benefit.add(i.totalBenefit().amount().multiply(part));
            riskCost = riskCost.add(riskWeighted(i).multiply(part));
            riskSum += i.riskScore();
            health.merge(i.health().overall(), 1, Integer::sum);
        }

        Segment segment(Currency currency) {
            return new Segment(count, new Money(cost, currency).rounded(), new Money(benefit, currency).rounded(),
                    count == 0 ? 0 : riskSum / count, new Money(riskCost, currency).rounded(), health);
        }
    }
}
