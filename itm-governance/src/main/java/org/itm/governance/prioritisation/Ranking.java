package org.itm.governance.prioritisation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/**
 * Items ordered best first (ties broken by id so the order is reproducible), each explaining its score.
 *
 * @param method what produced the ranking, e.g. {@code weighted scoring (MIN_MAX, missing: MEAN)}
 */
public record Ranking(String method, List<RankedItem> items) {

    public Ranking {
        Checks.notBlank(method, "method");
        items = List.copyOf(items);
    }

    public Optional<RankedItem> find(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<String> order() {
        return items.stream().map(RankedItem::id).toList();
    }

    /** One line per item, best first. */
    public String explain() {
        return method + "\n" + items.stream().map(RankedItem::explain).collect(Collectors.joining("\n"));
    }
}
