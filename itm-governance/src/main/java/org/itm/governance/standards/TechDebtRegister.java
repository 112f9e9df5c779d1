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

/** The register of technical debt in one currency, with totals by application and severity. Not thread-safe. */
public final class TechDebtRegister {

    private final Currency currency;
    private final Map<String, TechDebtItem> items = new LinkedHashMap<>();

    public TechDebtRegister(Currency currency) {
        this.currency = Checks.notNull(currency, "currency");
    }

    /** Adds an item; rejects a duplicate id or a cost in another currency. */
    public TechDebtRegister add(TechDebtItem item) {
        Checks.notNull(item, "item");
        Checks.require(item.remediationCost().currency().equals(currency), "remediationCost", "must be in " + currency);
        Checks.require(!items.containsKey(item.id()), "id", "already registered: " + item.id());
        items.put(item.id(), item);
        return this;
    }

    /** Items most severe first, then by cost, highest first. */
    public List<TechDebtItem> items() {
        List<TechDebtItem> out = new ArrayList<>(items.values());
        out.sort(Comparator.comparing(TechDebtItem::severity).reversed()
                .thenComparing(i -> i.remediationCost().amount(), Comparator.reverseOrder()));
        return out;
    }

    public Money total() {
        return items.values().stream().map(TechDebtItem::remediationCost).reduce(Money.zero(currency), Money::plus).rounded();
    }

    public Map<String, Money> totalByApplication() {
        Map<String, Money> out = new TreeMap<>();
        items.values().forEach(i -> out.merge(i.applicationId(), i.remediationCost(), Money::plus));
        return out;
    }
}
