package org.itm.operations.change;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * The pre-approved scope of a standard change: a change raised under this template is authorised without votes
 * only while every CI it touches is covered and its assessed risk is at most {@code riskCeiling}; otherwise it
 * is treated as a normal change (see {@link StandardChangeCatalog}).
 *
 * @param id          identifier, e.g. {@code restart-app-server}
 * @param description what the template allows, for people
 * @param cis         CI ids covered; copied, may be empty when {@code ciTypes} is not
 * @param ciTypes     CI types covered (e.g. {@code app-server}), matched through a service model; copied
 * @param riskCeiling the highest assessed risk that stays pre-approved
 * @param maxDuration the longest window pre-approved, if limited; enforced by a {@link ChangeCalendar} built with
 *                    {@link ChangeCalendar.Builder#standardChanges(StandardChangeCatalog)}
 * @since 0.1
 */
public record StandardChangeTemplate(String id, String description, Set<String> cis, Set<String> ciTypes,
                                     RiskLevel riskCeiling, Optional<Duration> maxDuration) {

    /**
     * Validates every field; a null {@code cis}, {@code ciTypes} or {@code maxDuration} counts as empty.
     *
     * @param id          identifier: 1-128 letters, digits or {@code ._:@/-}, starting with a letter or digit
     * @param description for people; not blank
     * @param cis         CI ids covered; no blank id
     * @param ciTypes     CI types covered; no blank type; {@code cis} and {@code ciTypes} not both empty
     * @param riskCeiling the highest risk that stays pre-approved
     * @param maxDuration the longest window pre-approved; positive if present
     * @throws org.itm.core.ItmValidationException naming every bad field
     */
    public StandardChangeTemplate {
        Violations v = new Violations();
        v.check("", () -> Checks.id(id, "id"));
        v.require(description != null && !description.isBlank(), "description", "must not be blank");
        cis = cis == null ? Set.of() : Set.copyOf(cis);
        ciTypes = ciTypes == null ? Set.of() : Set.copyOf(ciTypes);
        v.require(!cis.isEmpty() || !ciTypes.isEmpty(), "cis", "the template must cover some CIs or CI types");
        v.require(cis.stream().noneMatch(String::isBlank), "cis", "must not hold a blank CI id");
        v.require(ciTypes.stream().noneMatch(String::isBlank), "ciTypes", "must not hold a blank type");
        v.require(riskCeiling != null, "riskCeiling", "must not be null");
        maxDuration = maxDuration == null ? Optional.empty() : maxDuration;
        maxDuration.ifPresent(d -> v.require(!d.isNegative() && !d.isZero(), "maxDuration", "must be positive, was " + d));
        v.throwIfAny();
    }

    /**
     * A template without a duration limit.
     *
     * @param id          identifier
     * @param description what the template allows
     * @param cis         CI ids covered
     * @param ciTypes     CI types covered
     * @param riskCeiling the highest risk that stays pre-approved
     * @throws org.itm.core.ItmValidationException naming every bad field
     */
    public StandardChangeTemplate(String id, String description, Set<String> cis, Set<String> ciTypes,
                                  RiskLevel riskCeiling) {
        this(id, description, cis, ciTypes, riskCeiling, Optional.empty());
    }
}
