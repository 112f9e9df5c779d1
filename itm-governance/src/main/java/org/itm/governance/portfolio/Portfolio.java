package org.itm.governance.portfolio;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itm.core.NotFoundException;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * A consistent set of initiatives in one currency: ids are unique and every dependency or exclusion names an
 * initiative of the portfolio, and no initiative (transitively) requires itself. Build it with {@link #of}; it is
 * immutable. {@link #assess()} reports on it, and selection and roadmap planning take its initiatives.
 *
 * @since 0.1
 */
public final class Portfolio {

    private final Currency currency;
    private final Map<InitiativeId, Initiative> byId;

    private Portfolio(Currency currency, Map<InitiativeId, Initiative> byId) {
        this.currency = currency;
        this.byId = byId;
    }

    /**
     * Validates and builds a portfolio; every problem (duplicate id, unknown reference, cycle) is reported at once.
     *
     * @param currency    the currency of every initiative
     * @param initiatives the initiatives, each id once; their order is kept
     * @return the portfolio
     * @throws org.itm.core.ItmValidationException naming {@code currency} or {@code initiatives} when null,
     *                                             {@code initiatives[]} for a null element, and then every problem:
     *                                             {@code initiatives[ID]} for an id given twice,
     *                                             {@code initiatives[ID].currency} for another currency,
     *                                             {@code initiatives[ID].requires} or {@code .excludes} for an unknown
     *                                             initiative, {@code initiatives} for a dependency cycle (named, e.g.
     *                                             {@code A requires B requires A})
     */
    public static Portfolio of(Currency currency, Collection<Initiative> initiatives) {
        Checks.notNull(currency, "currency");
        Checks.notNull(initiatives, "initiatives");
        Violations v = new Violations();
        Map<InitiativeId, Initiative> byId = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            Checks.notNull(i, "initiatives[]");
            v.require(byId.putIfAbsent(i.id(), i) == null, "initiatives[" + i.id() + "]", "id appears more than once");
            v.require(i.currency().equals(currency), "initiatives[" + i.id() + "].currency",
                    "must be " + currency.getCurrencyCode() + ", was " + i.currency().getCurrencyCode());
        }
        for (Initiative i : byId.values()) {
            i.requires().stream().filter(r -> !byId.containsKey(r)).forEach(r ->
                    v.add("initiatives[" + i.id() + "].requires", "names unknown initiative " + r));
            i.excludes().stream().filter(r -> !byId.containsKey(r)).forEach(r ->
                    v.add("initiatives[" + i.id() + "].excludes", "names unknown initiative " + r));
        }
        v.throwIfAny();
        findCycle(byId).ifPresent(cycle -> v.add("initiatives", "dependency cycle " + cycle));
        v.throwIfAny();
        return new Portfolio(currency, byId);
    }

    /**
     * Validates and builds a portfolio in the currency of an ISO 4217 code, as {@link #of(Currency, Collection)}.
     *
     * @param currencyCode the code, e.g. {@code EUR}
     * @param initiatives  the initiatives, each id once
     * @return the portfolio
     * @throws org.itm.core.ItmValidationException naming {@code currency} when the code is blank or not an ISO 4217
     *                                             code, or as {@link #of(Currency, Collection)}
     */
    public static Portfolio of(String currencyCode, Collection<Initiative> initiatives) {
        return of(Money.currency(currencyCode, "currency"), initiatives);
    }

    /**
     * The currency of every initiative and of every amount reported on the portfolio.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The initiatives in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Initiative> initiatives() {
        return List.copyOf(byId.values());
    }

    /**
     * The initiative with an id, if there is one.
     *
     * @param id the id
     * @return the initiative, or empty when the portfolio has none with that id
     */
    public Optional<Initiative> find(InitiativeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The initiative with an id that must be there.
     *
     * @param id the id
     * @return the initiative
     * @throws NotFoundException when the portfolio has none with that id
     */
    public Initiative get(InitiativeId id) {
        Initiative i = byId.get(id);
        if (i == null) {
            throw new NotFoundException("no initiative " + id + " in the portfolio");
        }
        return i;
    }

    /**
     * How many initiatives the portfolio holds.
     *
     * @return the count
     */
    public int size() {
        return byId.size();
    }

    /**
     * Value, cost, risk and health by objective, stage and business unit, and the concentration of spend and risk.
     *
     * @return the assessment, computed on each call
     */
    public PortfolioAssessment assess() {
        return PortfolioAssessment.of(this);
    }

    private static Optional<String> findCycle(Map<InitiativeId, Initiative> byId) {
        Map<InitiativeId, Integer> state = new HashMap<>();
        for (InitiativeId start : byId.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<InitiativeId> path = new ArrayDeque<>();
            Optional<String> c = visit(start, byId, state, path);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> visit(InitiativeId node, Map<InitiativeId, Initiative> byId,
                                          Map<InitiativeId, Integer> state, Deque<InitiativeId> path) {
        state.put(node, 1);
        path.addLast(node);
        for (InitiativeId next : Objects.requireNonNull(byId.get(node)).requires()) {
            Integer s = state.get(next);
            if (s == null) {
                Optional<String> c = visit(next, byId, state, path);
                if (c.isPresent()) {
                    return c;
                }
            } else if (s == 1) {
                StringBuilder sb = new StringBuilder();
                boolean on = false;
                for (InitiativeId p : path) {
                    on |= p.equals(next);
                    if (on) {
                        sb.append(p).append(" requires ");
                    }
                }
                return Optional.of(sb.append(next).toString());
            }
        }
        path.removeLast();
        state.put(node, 2);
        return Optional.empty();
    }
}
