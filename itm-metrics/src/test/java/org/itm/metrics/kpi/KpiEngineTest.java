package org.itm.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class KpiEngineTest {

    record Ticket(String service, Instant opened, double hours, boolean ok) {
    }

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final RecordSchema<Ticket> SCHEMA = RecordSchema.<Ticket>builder("ticket")
            .dimension("service", Ticket::service)
            .measure("hours", t -> t.hours() < 0 ? Double.NaN : t.hours())
            .flag("ok", Ticket::ok)
            .flag("measured", t -> t.hours() >= 0)
            .time("opened", t -> Optional.of(t.opened()))
            .build();

    static Ticket t(String service, String opened, double hours, boolean ok) {
        return new Ticket(service, Instant.parse(opened), hours, ok);
    }

    static final List<Ticket> TICKETS = List.of(
            t("mail", "2026-01-05T10:00:00Z", 1, true),
            t("mail", "2026-01-20T10:00:00Z", 2, true),
            t("mail", "2026-01-31T22:30:00Z", 9, false), // 23:30 in Berlin: still January
            t("mail", "2026-01-31T23:30:00Z", 4, true),  // 00:30 on 1 February in Berlin
            t("web", "2026-01-10T08:00:00Z", 3, false),
            t("web", "2026-01-11T08:00:00Z", -1, true));  // not measured

    static KpiDefinition.Builder base(String id) {
        return KpiDefinition.builder(id).name(id).unit("h").direction(KpiDirection.LOWER_IS_BETTER)
                .timeField("opened").dimensions("service").window(TimeWindow.month(BERLIN));
    }

    @Test
    void monthlyValuesPerServiceFollowTheDefinitions() {
        KpiEngine<Ticket> engine = KpiEngine.create(SCHEMA, List.of(
                base("count").unit("count").count().build(),
                base("mean").mean("hours").thresholds(3, 3, 5).build(),
                base("median").median("hours").build(),
                base("p75").percentile(75, "hours").build(),
                base("ok").unit("%").direction(KpiDirection.HIGHER_IS_BETTER).ratio("ok").filter("measured")
                        .percent().thresholds(90, 90, 50).build(),
                base("sum").sum("hours").build(),
                base("rate").unit("per day").direction(KpiDirection.HIGHER_IS_BETTER).rate(RatePeriod.DAY).build(),
                base("distinct").unit("count").distinctCount("service").dimensions().build()));

        KpiResults r = engine.compute(TICKETS);
        LocalDate jan = LocalDate.of(2026, 1, 1);
        Map<String, String> mail = Map.of("service", "mail");

        assertThat(r.find("count", mail, jan).orElseThrow().value()).isEqualTo(3);
        assertThat(r.find("count", mail, LocalDate.of(2026, 2, 1)).orElseThrow().value()).isEqualTo(1);
        KpiResult mean = r.find("mean", mail, jan).orElseThrow();
        assertThat(mean.value()).isEqualTo(4.0);
        assertThat(mean.status()).isEqualTo(RagStatus.AMBER);
        assertThat(mean.explanation()).contains("amber 5");
        assertThat(r.find("median", mail, jan).orElseThrow().value()).isEqualTo(2.0);
        // PERCENTILE.INC of 1, 2, 9 at 0.75: rank 1.5 -> 2 + 0.5 * 7
        assertThat(r.find("p75", mail, jan).orElseThrow().value()).isEqualTo(5.5);
        KpiResult ok = r.find("ok", mail, jan).orElseThrow();
        assertThat(ok.value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(ok.status()).isEqualTo(RagStatus.AMBER);
        assertThat(ok.sampleSize()).isEqualTo(3);
        assertThat(r.find("sum", mail, jan).orElseThrow().value()).isEqualTo(12.0);
        assertThat(r.find("rate", mail, jan).orElseThrow().value()).isCloseTo(3.0 / 31, within(1e-12));
        // the unmeasured web ticket counts towards the count but not towards the mean
        Map<String, String> web = Map.of("service", "web");
        assertThat(r.find("count", web, jan).orElseThrow().value()).isEqualTo(2);
        assertThat(r.find("mean", web, jan).orElseThrow().sampleSize()).isEqualTo(1);
        assertThat(r.find("ok", web, jan).orElseThrow().value()).isEqualTo(0.0);
        assertThat(r.find("ok", web, jan).orElseThrow().status()).isEqualTo(RagStatus.RED);
        assertThat(r.find("distinct", Map.of(), jan).orElseThrow().value()).isEqualTo(2);
    }

    @Test
    void rollingWindowsMergeTheDaysTheyCover() {
        KpiEngine<Ticket> engine = KpiEngine.create(SCHEMA, List.of(
                base("count").unit("count").count().dimensions().window(TimeWindow.rollingDays(7, ZoneId.of("UTC")))
                        .build()));
        List<Ticket> tickets = List.of(
                t("a", "2026-03-01T10:00:00Z", 1, true),
                t("a", "2026-03-03T10:00:00Z", 1, true),
                t("a", "2026-03-08T10:00:00Z", 1, true));
        KpiResults r = engine.compute(tickets);
        assertThat(r.find("count", Map.of(), LocalDate.of(2026, 2, 24)).orElseThrow().value()).isEqualTo(1);
        assertThat(r.find("count", Map.of(), LocalDate.of(2026, 2, 26)).orElseThrow().value()).isEqualTo(2);
        // window 2 .. 8 March excludes 1 March
        assertThat(r.find("count", Map.of(), LocalDate.of(2026, 3, 2)).orElseThrow().value()).isEqualTo(2);
        assertThat(r.find("count", Map.of(), LocalDate.of(2026, 3, 2)).orElseThrow().window().lengthInDays())
                .isEqualTo(7);
    }

    @Test
    void rollingWindowsCanEndAfterTheLastRecordAsAStreamClosesDays() {
        KpiEngine<Ticket> engine = KpiEngine.create(SCHEMA, List.of(
                base("count").unit("count").count().dimensions().window(TimeWindow.rollingDays(7, ZoneId.of("UTC")))
                        .build()));
        KpiAggregator<Ticket> a = engine.newAggregator().addAll(List.of(
                t("a", "2026-03-01T10:00:00Z", 1, true),
                t("a", "2026-03-03T10:00:00Z", 1, true)));

        // windows end on 1..3 March by default; through 12 March they end up to 9 March, the last holding 3 March
        assertThat(a.results().size()).isEqualTo(3);
        KpiResults through = a.resultsThrough(LocalDate.of(2026, 3, 12));
        assertThat(through.size()).isEqualTo(9);
        assertThat(through.find("count", Map.of(), LocalDate.of(2026, 3, 3)).orElseThrow().value()).isEqualTo(1);
        assertThat(through.find("count", Map.of(), LocalDate.of(2026, 3, 4))).isEmpty();
        // a day before the last record changes nothing
        assertThat(a.resultsThrough(LocalDate.of(2026, 3, 2))).isEqualTo(a.results());
    }

    @Test
    void quarterAndWeekWindowsStartWhereTheCalendarSays() {
        KpiEngine<Ticket> engine = KpiEngine.create(SCHEMA, List.of(
                base("q").count().dimensions().window(TimeWindow.quarter(BERLIN)).build(),
                base("w").count().dimensions().window(TimeWindow.week(BERLIN)).build(),
                base("all").count().dimensions().window(TimeWindow.all()).build()));
        KpiResults r = engine.compute(TICKETS);
        assertThat(r.forKpi("q")).singleElement().satisfies(v -> {
            assertThat(v.window().start()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(v.window().end()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
        // 2026-01-05 is a Monday; its week holds the tickets of 5, 10 (Saturday) and 11 (Sunday) January
        assertThat(r.find("w", Map.of(), LocalDate.of(2026, 1, 5)).orElseThrow().value()).isEqualTo(3);
        assertThat(r.find("w", Map.of(), LocalDate.of(2026, 1, 19)).orElseThrow().value()).isEqualTo(1);
        assertThat(r.total("all").orElseThrow().value()).isEqualTo(6);
    }

    @Test
    void definitionsRoundTripThroughJsonAndYaml() {
        KpiDefinition d = base("mttr").description("Mean hours to resolve").mean("hours").filter("measured")
                .thresholds(3, 3, 5).build();
        assertThat(KpiDefinition.fromJson(d.toJson())).isEqualTo(d);
        String yaml = """
                id: mttr
                name: MTTR
                unit: h
                direction: LOWER_IS_BETTER
                aggregation: PERCENTILE
                measure: hours
                percentile: 95.0
                timeField: opened
                dimensions: [service]
                window: {kind: ROLLING_DAYS, zone: Europe/Berlin, days: 28}
                thresholds: {target: 4.0, green: 4.0, amber: 8.0}
                """;
        KpiDefinition y = KpiDefinition.fromYaml(yaml);
        assertThat(y.percentile()).contains(95.0);
        assertThat(y.window()).isEqualTo(TimeWindow.rollingDays(28, BERLIN));
        assertThat(y.scale()).isEqualTo(ValueScale.AS_IS);
        assertThat(y.filters()).isEmpty();
    }

    @Test
    void inconsistentDefinitionsListEveryProblem() {
        assertThatThrownBy(() -> KpiDefinition.builder("bad id!").unit("h").direction(KpiDirection.HIGHER_IS_BETTER)
                .percentile(120, "hours").timeField("opened").thresholds(1, 1, 2).build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path)
                        .contains("id", "name", "percentile", "thresholds"));
        assertThatThrownBy(() -> KpiDefinition.fromJson("{\"id\":\"x\",\"name\":\"x\",\"unit\":\"h\","
                + "\"direction\":\"UP\",\"aggregation\":\"COUNT\",\"timeField\":\"t\"}"))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("direction");
        assertThatThrownBy(() -> base("r").rate(RatePeriod.DAY).window(TimeWindow.all()).build())
                .hasMessageContaining("bounded window");
    }

    @Test
    void unknownFieldsAreReportedByPathWhenTheEngineIsCreated() {
        KpiDefinition good = base("good").count().build();
        KpiDefinition bad = base("bad").mean("minutes").filter("closed").dimensions("team").build();
        assertThatThrownBy(() -> KpiEngine.create(SCHEMA, List.of(good, bad, good)))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path)
                        .containsExactlyInAnyOrder("definitions[1].measure", "definitions[1].filters[0]",
                                "definitions[1].dimensions[0]", "definitions[2].id"));
    }

    @Test
    void mergingAggregatorsOfDifferentEnginesIsRejected() {
        KpiEngine<Ticket> a = KpiEngine.create(SCHEMA, List.of(base("c").count().build()));
        KpiEngine<Ticket> b = KpiEngine.create(SCHEMA, List.of(base("c").count().build()));
        KpiAggregator<Ticket> agg = a.newAggregator();
        assertThatThrownBy(() -> agg.merge(b.newAggregator())).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void memoryFollowsGroupsNotRecords() {
        KpiEngine<Ticket> engine = KpiEngine.create(SCHEMA, List.of(base("c").count().build(),
                base("m").median("hours").build()));
        KpiAggregator<Ticket> agg = engine.newAggregator();
        for (int i = 0; i < 100_000; i++) {
            agg.add(new Ticket(i % 2 == 0 ? "a" : "b", Instant.parse("2026-05-10T00:00:00Z"), i % 97, true));
        }
        assertThat(agg.recordCount()).isEqualTo(100_000);
        assertThat(agg.stateCount()).isEqualTo(4);
        KpiResult median = agg.results().find("m", Map.of("service", "a"), LocalDate.of(2026, 5, 1)).orElseThrow();
        assertThat(median.exact()).isFalse();
        assertThat(median.value()).isCloseTo(48, within(1.0));
    }
}
