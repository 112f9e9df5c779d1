package org.itm.governance.prioritisation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/**
 * Items ordered best first (ties broken by id so the order is reproducible), each explaining its score.
 *
 * @param method what produced the ranking, e.g. {@code weighted scoring (MIN_MAX, missing scores: MEAN)}
 * @param items  the items, best first; copied
 * @since 0.1
 */
public record Ranking(String method, List<RankedItem> items) {

    /**
     * Checks the components and copies the items.
     *
     * @param method what produced the ranking, e.g. {@code weighted scoring (MIN_MAX, missing scores: MEAN)}
     * @param items  the items, best first; copied
     * @throws org.itm.core.ItmValidationException naming {@code method} when blank
     */
    public Ranking {
        Checks.notBlank(method, "method");
        items = List.copyOf(items);
    }

    /**
     * One item's place and breakdown.
     *
     * @param id the item's id
     * @return the item, or empty when it was not ranked
     */
    public Optional<RankedItem> find(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The ids, best first, e.g. to feed {@code RoadmapPlanner.Builder.priority}.
     *
     * @return the ids in rank order
     */
    public List<String> order() {
        return items.stream().map(RankedItem::id).toList();
    }

    /**
     * The method on the first line, then one {@link RankedItem#explain()} line per item, best first.
     *
     * @return lines separated by {@code \n}
     */
    public String explain() {
        return method + "\n" + items.stream().map(RankedItem::explain).collect(Collectors.joining("\n"));
    }
}
