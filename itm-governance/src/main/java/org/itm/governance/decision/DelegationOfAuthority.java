package org.itm.governance.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.itm.core.money.Money;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * Spend thresholds: each level may approve amounts strictly below its limit, and the top level (no limit) anything,
 * e.g. team lead &lt; 50k, director &lt; 500k, steering committee above. Levels are named; people and committees are
 * given a level in the {@link DecisionLog}.
 *
 * @since 0.1
 */
public final class DelegationOfAuthority {

    /**
     * One level: who (by level name) may approve amounts below {@code limit}.
     *
     * @param name  the level's id, e.g. {@code director}
     * @param limit amounts strictly below it may be approved at this level, in the delegation's currency; zero or
     *              more
     */
    public record Level(String name, BigDecimal limit) {
        /**
         * Checks the components.
         *
         * @param name  the level's id
         * @param limit the exclusive approval limit; zero or more
         * @throws org.itm.core.ItmValidationException naming {@code name} when not an id, or {@code limit} when null
         *                                             or negative
         */
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

    /**
     * The spend thresholds of an organisation.
     *
     * @param currencyCode the ISO 4217 code of the amounts, e.g. {@code EUR}
     * @param levels       the limited levels, in strictly ascending order of limit; may be empty (then only the top
     *                     level approves spend)
     * @param topLevel     the name of the level that may approve any amount, e.g. {@code steering}
     * @return the delegation of authority
     * @throws org.itm.core.ItmValidationException naming {@code currency} when {@code currencyCode} is blank or not
     *                                             an ISO 4217 code, {@code levels} when null, {@code topLevel} when
     *                                             not an id or the name of a limited level, or
     *                                             {@code levels[i].limit} when not above the limit before it
     */
    public static DelegationOfAuthority of(String currencyCode, List<Level> levels, String topLevel) {
        Currency currency = Money.currency(currencyCode, "currency");
        Checks.notNull(levels, "levels");
        Checks.id(topLevel, "topLevel");
        Violations v = new Violations();
        for (int i = 1; i < levels.size(); i++) {
            v.require(levels.get(i).limit().compareTo(levels.get(i - 1).limit()) > 0, "levels[" + i + "].limit",
                    "must exceed the limit of " + levels.get(i - 1).name());
        }
        v.require(levels.stream().noneMatch(l -> l.name().equals(topLevel)), "topLevel", "must differ from the limited levels");
        v.throwIfAny();
        return new DelegationOfAuthority(currency, new ArrayList<>(levels), topLevel);
    }

    /**
     * The lowest level that may approve an amount: the first whose limit is above it, else the top level.
     *
     * @param amount the amount, in the delegation's currency
     * @return the level's name; with limits 50 000 and 500 000, exactly 50 000 needs the second level
     * @throws org.itm.core.ItmValidationException naming {@code amount} when in another currency
     */
    public String levelFor(Money amount) {
        Checks.require(amount.currency().equals(currency), "amount", "must be in " + currency.getCurrencyCode());
        return levels.stream().filter(l -> amount.amount().compareTo(l.limit()) < 0).map(Level::name).findFirst().orElse(top);
    }

    /**
     * The seniority of a level, to compare a held level with a needed one.
     *
     * @param level the level's name
     * @return 0 for the lowest limited level, rising with the limit; the top level ranks highest; −1 for a name that
     *         is no level
     */
    public int rank(String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equals(level)) {
                return i;
            }
        }
        return level.equals(top) ? levels.size() : -1;
    }

    /**
     * The limit below which a level may approve.
     *
     * @param level the level's name
     * @return the limit in the delegation's currency; empty for the top level and for a name that is no level
     */
    public Optional<Money> limitOf(String level) {
        return levels.stream().filter(l -> l.name().equals(level)).findFirst().map(l -> new Money(l.limit(), currency));
    }

    /**
     * The level that may approve any amount.
     *
     * @return its name
     */
    public String topLevel() {
        return top;
    }
}
