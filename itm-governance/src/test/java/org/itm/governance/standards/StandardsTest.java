package org.itm.governance.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.money.Money;
import org.junit.jupiter.api.Test;

class StandardsTest {

    final Clock clock = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
    final ZoneId zone = ZoneId.of("UTC");
    final TechnologyCatalogue catalogue = TechnologyCatalogue.of(List.of(
            Technology.of("postgresql-16", "database", Ring.ADOPT, LocalDate.of(2028, 11, 9)),
            Technology.of("oracle-19", "database", Ring.HOLD, LocalDate.of(2027, 4, 30)),
            Technology.of("java-8", "runtime", Ring.HOLD, LocalDate.of(2026, 12, 31)),
            Technology.of("java-21", "runtime", Ring.ADOPT)));
    final Application billing = new Application("billing", "finance-it", Set.of("oracle-19", "java-8"), Map.of("sso", "true"));
    final Application shop = new Application("shop", "digital", Set.of("postgresql-16", "java-21", "mongo"), Map.of());
    final List<Standard> standards = List.of(
            Standard.avoidRings("no-hold", "use-mainstream", ViolationSeverity.HIGH, Set.of(Ring.HOLD)),
            Standard.allowedInCategory("db", "use-mainstream", ViolationSeverity.MEDIUM, "database", Set.of("postgresql-16")),
            Standard.requiresAttribute("sso", "secure-by-default", ViolationSeverity.CRITICAL, "sso", "true"),
            Standard.supported("supported", "secure-by-default", ViolationSeverity.CRITICAL));

    @Test
    void conformanceFindsBreachesMostSevereFirstAndAppliesActiveWaivers() {
        Waiver active = new Waiver("db", "billing", "cfo", LocalDate.of(2027, 6, 30), "migration planned");
        Waiver expired = new Waiver("supported", "billing", "cio", LocalDate.of(2027, 1, 1), "extended support");
        ConformanceReport r = ConformanceChecker.create(catalogue, standards, List.of(active, expired)).check(List.of(billing, shop), clock, zone);
        assertThat(r.violations()).extracting(StandardViolation::toString).containsExactly(
                "CRITICAL billing breaches supported: java-8 went out of support on 2026-12-31",
                "CRITICAL shop breaches sso: sso is not declared, must be true",
                "HIGH billing breaches no-hold: java-8 is in ring HOLD",
                "HIGH billing breaches no-hold: oracle-19 is in ring HOLD",
                "HIGH shop breaches no-hold: mongo is not in the technology catalogue",
                "MEDIUM billing breaches db: oracle-19 is not an allowed database (waived until 2027-06-30 by cfo)");
        assertThat(r.expiredWaivers()).containsExactly("waiver of supported for billing (owner cio) expired on 2027-01-01");
        assertThat(r.open()).hasSize(5);
        assertThat(r.openByApplication()).containsEntry("billing", 3L).containsEntry("shop", 2L);
    }

    @Test
    void endOfLifeExposureWithinTwelveMonths() {
        List<TechnologyCatalogue.Exposure> e = catalogue.endOfLifeExposure(List.of(billing, shop), clock, zone, 12);
        assertThat(e).extracting(x -> x.applicationId() + ":" + x.technologyId() + ":" + x.daysLeft())
                .containsExactly("billing:java-8:-15", "billing:oracle-19:105");
        assertThat(e.get(0).alreadyUnsupported()).isTrue();
        assertThat(catalogue.endOfLifeExposure(List.of(shop), clock, zone, 24)).extracting(TechnologyCatalogue.Exposure::technologyId)
                .containsExactly("postgresql-16");
    }

    @Test
    void techDebtRegisterTotalsAndOrdersBySeverity() {
        TechDebtRegister reg = new TechDebtRegister(Currency.getInstance("EUR"))
                .add(new TechDebtItem("TD-1", "billing", "hand-rolled auth", ViolationSeverity.HIGH, Money.of("40000", "EUR"), "finance-it", LocalDate.of(2026, 5, 1)))
                .add(new TechDebtItem("TD-2", "shop", "no tests on checkout", ViolationSeverity.CRITICAL, Money.of("25000", "EUR"), "digital", LocalDate.of(2026, 9, 1)))
                .add(new TechDebtItem("TD-3", "billing", "old logging", ViolationSeverity.LOW, Money.of("5000.50", "EUR"), "finance-it", LocalDate.of(2026, 9, 1)));
        assertThat(reg.items()).extracting(TechDebtItem::id).containsExactly("TD-2", "TD-1", "TD-3");
        assertThat(reg.total()).isEqualTo(Money.of("70000.50", "EUR"));
        assertThat(reg.totalByApplication().get("billing").rounded()).isEqualTo(Money.of("45000.50", "EUR"));
        assertThatThrownBy(() -> reg.add(new TechDebtItem("TD-1", "x", "dup", ViolationSeverity.LOW, Money.of("1", "EUR"), "o", LocalDate.of(2026, 1, 1))))
                .hasMessageContaining("already registered: TD-1");
    }
}
