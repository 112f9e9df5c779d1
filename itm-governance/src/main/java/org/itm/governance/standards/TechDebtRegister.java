package org.itm.governance.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.core.money.Money;

/**
 * The register of technical debt in one currency, with totals by application and severity. Not thread-safe.
 *
 * @since 0.1
 */
public final class TechDebtRegister {

    private final Currency currency;
    private final Map<String, TechDebtItem> items = new LinkedHashMap<>();

    /**
     * An empty register.
     *
     * @param currency the currency of every item's cost
     * @throws org.itm.core.ItmValidationException naming {@code currency} when null
     */
    public TechDebtRegister(Currency currency) {
        this.currency = Checks.notNull(currency, "currency");
    }

    /**
     * Adds an item; rejects a duplicate id or a cost in another currency.
     *
     * @param item the item
     * @return this register
     * @throws org.itm.core.ItmValidationException naming {@code item} when null, {@code remediationCost} when in
     *                                             another currency, or {@code id} when already registered; the
     *                                             register is unchanged
     */
    public TechDebtRegister add(TechDebtItem item) {
        Checks.notNull(item, "item");
        Checks.require(item.remediationCost().currency().equals(currency), "remediationCost", "must be in " + currency);
        Checks.require(!items.containsKey(item.id()), "id", "already registered: " + item.id());
        items.put(item.id(), item);
        return this;
    }

    /**
     * Items most severe first, then by cost, highest first.
     *
     * @return a new list of the items
     */
    public List<TechDebtItem> items() {
        List<TechDebtItem> out = new ArrayList<>(items.values());
        out.sort(Comparator.comparing(TechDebtItem::severity).reversed()
                .thenComparing(i -> i.remediationCost().amount(), Comparator.reverseOrder()));
        return out;
    }

    /**
     * What fixing all the debt costs.
     *
     * @return the sum of the items' costs, rounded half-even to the currency's minor unit; zero when empty
     */
    public Money total() {
        return items.values().stream().map(TechDebtItem::remediationCost).reduce(Money.zero(currency), Money::plus).rounded();
    }

    /**
     * What fixing the debt of each application costs.
     *
     * @return application id → sum of its items' costs (not rounded), in id order; applications without debt are
     *         absent
     */
    public Map<String, Money> totalByApplication() {
        Map<String, Money> out = new TreeMap<>();
        items.values().forEach(i -> out.merge(i.applicationId(), i.remediationCost(), Money::plus));
        return out;
    }
}
