package org.itm.risk.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.junit.jupiter.api.Test;

class RiskRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static RiskRegister register() {
        RiskRegister r = RiskRegister.create(RiskMatrix.fiveByFive(),
                new RiskAppetite(Map.of("security", 9), Map.of("security", 12), 12, 15));
        r.put(Risk.builder("R1", "Ransomware on file servers", "security", "ciso").assets("fs-1").threats("ransomware")
                .inherent(4, 5).controls("C-BACKUP").residual(3, 4)
                .treatment(TreatmentPlan.of(Treatment.MITIGATE, "immutable backups", LocalDate.of(2026, 2, 1)))
                .review(Period.ofMonths(3), LocalDate.of(2025, 10, 1)).build());
        r.put(Risk.builder("R2", "Data centre power loss", "availability", "ops").inherent(2, 4)
                .review(Period.ofMonths(6), LocalDate.of(2026, 1, 10)).build());
        r.put(Risk.builder("R3", "Phishing", "security", "ciso").inherent(4, 3).residual(3, 3)
                .treatment(TreatmentPlan.of(Treatment.MITIGATE, "awareness", LocalDate.of(2026, 6, 1)))
                .review(Period.ofMonths(3), LocalDate.of(2026, 2, 1)).build());
        r.put(Risk.builder("R4", "Vendor insolvency", "supplier", "cfo").inherent(2, 5).residual(2, 5)
                .treatment(TreatmentPlan.of(Treatment.TRANSFER, "insurance", LocalDate.of(2026, 1, 1)))
                .review(Period.ofMonths(12), LocalDate.of(2025, 6, 1)).build());
        return r;
    }

    @Test
    void heatMapCountsResidualAndInherentCells() {
        RiskRegister r = register();
        HeatMap residual = r.heatMap(true);
        assertThat(residual.count(3, 4)).isEqualTo(1);
        assertThat(residual.count(3, 3)).isEqualTo(1);
        assertThat(residual.count(2, 4)).isEqualTo(1);
        assertThat(residual.count(2, 5)).isEqualTo(1);
        assertThat(residual.total()).isEqualTo(4);
        assertThat(r.heatMap(false).count(4, 5)).isEqualTo(1);
        assertThat(residual.render()).contains("Almost certain").contains("impact ->");
    }

    @Test
    void risksAboveAppetitePerCategoryWorstFirst() {
        assertThat(register().aboveAppetite()).extracting(b -> b.risk().id()).containsExactly("R1");
        assertThat(register().aboveAppetite().get(0).reason())
                .isEqualTo("residual 12 > appetite 9 for category security, within tolerance 12");
        assertThat(register().aboveAppetite().get(0).beyondTolerance()).isFalse();
        RiskAppetite strict = new RiskAppetite(Map.of("security", 9), 12).withTolerance("security", 10);
        RiskRegister r = RiskRegister.create(RiskMatrix.fiveByFive(), strict);
        register().all().forEach(r::put);
        assertThat(r.aboveAppetite().get(0).beyondTolerance()).isTrue();
        assertThatThrownBy(() -> strict.withTolerance("security", 5)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("toleranceByCategory.security");
    }

    @Test
    void overdueReviewsAndTreatments() {
        RiskRegister r = register();
        assertThat(r.overdueReviews(TODAY)).extracting(Risk::id).containsExactly("R1");
        assertThat(r.overdueTreatments(TODAY)).extracting(Risk::id).containsExactly("R1", "R4");
    }

    @Test
    void scoresAreLikelihoodTimesImpactAndLevelsMustBeOnTheScale() {
        Risk risk = register().get("R1").orElseThrow();
        assertThat(risk.inherentScore()).isEqualTo(20);
        assertThat(risk.residualScore()).isEqualTo(12);
        RiskRegister r = register();
        Risk offScale = Risk.builder("R9", "x", "security", "me").inherent(6, 1).review(Period.ofMonths(1), TODAY)
                .build();
        assertThatThrownBy(() -> r.put(offScale)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("likelihood");
        assertThat(r.get("R9")).isEmpty();
        assertThatThrownBy(() -> Risk.builder("R9", "x", "security", "me").inherent(2, 2).residual(3, 3)
                .review(Period.ofMonths(1), TODAY).build()).hasMessageContaining("residual");
        assertThatThrownBy(() -> r.remove("nope")).isInstanceOf(NotFoundException.class);
    }
}
