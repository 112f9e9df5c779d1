package org.itm.benchmarks.metrics;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim (metrics issue, 1.3): ten million incident records through the full incident KPI catalog (13 KPIs, wall-clock
 * and business-time MTTR) grouped by service × priority × month in under 5 s on one core. Records are generated
 * lazily; {@link #generateOnly} measures the generator alone so that its share can be subtracted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncidentCatalogBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Param("10000000")
    public int records;

    private KpiEngine<IncidentRecord> engine;

    @Setup
    public void setUp() {
        BusinessCalendar calendar = BusinessCalendar.weekdays(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0));
        engine = KpiEngine.create(IncidentKpis.schema(calendar), IncidentKpis.catalog(ZONE));
    }

    @Benchmark
    public KpiResults fullCatalog(ProcessCpu cpu) {
        cpu.begin();
        IncidentGenerator generator = new IncidentGenerator(42);
        KpiAggregator<IncidentRecord> aggregator = engine.newAggregator();
        for (int i = 0; i < records; i++) {
            aggregator.add(generator.next());
        }
        KpiResults results = aggregator.results();
        cpu.end();
        return results;
    }

    @Benchmark
    public void generateOnly(Blackhole bh, ProcessCpu cpu) {
        cpu.begin();
        IncidentGenerator generator = new IncidentGenerator(42);
        for (int i = 0; i < records; i++) {
            bh.consume(generator.next());
        }
        cpu.end();
    }
}
