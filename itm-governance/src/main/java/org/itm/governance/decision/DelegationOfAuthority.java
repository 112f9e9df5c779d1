package org.itm.governance.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.core.money.Money;

/**
 * Spend thresholds: each level may approve amounts strictly below its limit, and the top level (no limit) anything,
 * e.g. team lead &lt; 50k, director &lt; 500k, steering committee above. Levels are named; people and committees are
 * given a level in the {@link DecisionLog}.
 */
public final class DelegationOfAuthority {

    /** One level: who (by level name) may approve amounts below {@code limit}. */
    public record Level(String name, BigDecimal limit) {
        public Level {
            Checks.id(name, "name");
            Checks.notNegative(limit, "limit");
        }
    }

    private final Currency currency;
    private final List<Level> levels;
    private final String top;

    private DelegationOfAuthority(Currency currency, List<Level> levels, String top) {
        this.currency = currency;
        this.levels = List.copyOf(levels);
        this.top = top;
    }

    /** Levels in ascending order of limit, then the unlimited top level. */
    public static DelegationOfAuthority of(String currencyCode, List<Level> levels, String topLevel) {
        Checks.notNull(levels, "levels");
        Checks.id(topLevel, "topLevel");
        Violations v = new Violations();
        for (int i = 1; i < levels.size(); i++) {
            v.require(levels.get(i).limit().compareTo(levels.get(i - 1).limit()) > 0, "levels[" + i + "].limit",
                    "must exceed the limit of " + levels.get(i - 1).name());
        }
        v.require(levels.stream().noneMatch(l -> l.name().equals(topLevel)), "topLevel", "must differ from the limited levels");
        v.throwIfAny();
        return new DelegationOfAuthority(Currency.getInstance(currencyCode), new ArrayList<>(levels), topLevel);
    }

    /** The lowest level that may approve {@code amount}. */
    public String levelFor(Money amount) {
        Checks.require(amount.currency().equals(currency), "amount", "must be in " + currency.getCurrencyCode());
        return levels.stream().filter(l -> amount.amount().compareTo(l.limit()) < 0).map(Level::name).findFirst().orElse(top);
    }

    /** 0 for the lowest level, rising; the top level ranks highest. Unknown names rank −1. */
    public int rank(String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equals(level)) {
                return i;
            }
        }
        return level.equals(top) ? levels.size() : -1;
    }

    /** The limit below which {@code level} may approve; empty for the top level. */
    public Optional<Money> limitOf(String level) {
        return levels.stream().filter(l -> l.name().equals(level)).findFirst().map(l -> new Money(l.limit(), currency));
    }

    public String topLevel() {
        return top;
    }
}
