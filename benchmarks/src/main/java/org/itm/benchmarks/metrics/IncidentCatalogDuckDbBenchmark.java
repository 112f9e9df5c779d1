package org.itm.benchmarks.metrics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.input.IncidentRecord;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same incident catalog as {@link IncidentCatalogBenchmark}, as one SQL query in an in-memory DuckDB limited to
 * one thread, over the same ten million generated records. Loading is not measured. DuckDB gets the business hours
 * precomputed at load time (SQL has no business calendar), which favours it. {@code quantiles=exact} uses
 * {@code quantile_cont}, {@code approx} DuckDB's own t-digest {@code approx_quantile}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncidentCatalogDuckDbBenchmark {

    @Param("10000000")
    public int records;

    @Param({"approx", "exact"})
    public String quantiles;

    private Connection connection;
    private String sql;

    @Setup
    public void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = 1");
        }
        IncidentGenerator generator = new IncidentGenerator(42);
        load(connection, records, generator::next);
        sql = catalogSql(quantiles);
    }

    /**
     * Creates the {@code incidents} table in {@code connection} and appends {@code count} records taken from
     * {@code source}, with business hours to resolution precomputed (SQL has no business calendar).
     */
    static void load(Connection connection, int count, Supplier<IncidentRecord> source)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE incidents (service VARCHAR, priority VARCHAR, opened TIMESTAMPTZ, "
                    + "tta_h DOUBLE, ttr_h DOUBLE, bttr_h DOUBLE, resolved BOOLEAN, reassignments INTEGER, "
                    + "reopens INTEGER, sla_met BOOLEAN, fcr BOOLEAN, major BOOLEAN)");
            s.execute("SET TimeZone = 'Europe/Berlin'");
        }
        BusinessCalendar calendar = BusinessCalendar.weekdays(IncidentCatalogBenchmark.ZONE, LocalTime.of(8, 0),
                LocalTime.of(18, 0));
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(
                DuckDBConnection.DEFAULT_SCHEMA, "incidents")) {
            for (int i = 0; i < count; i++) {
                IncidentRecord r = source.get();
                appender.beginRow();
                appender.append(r.service());
                appender.append(r.priority());
                appender.append(r.opened().atOffset(ZoneOffset.UTC));
                appendHours(appender, r.timeToAcknowledge().orElse(null));
                appendHours(appender, r.timeToResolve().orElse(null));
                appendHours(appender, r.resolved().map(x -> calendar.workingTimeBetween(r.opened(), x)).orElse(null));
                appender.append(r.resolved().isPresent());
                appender.append(r.reassignments());
                appender.append(r.reopens());
                appender.append(r.slaMet());
                appender.append(r.firstContactResolution());
                appender.append(r.major());
                appender.endRow();
            }
        }
    }

    /** The incident catalog as one query over {@code incidents}; {@code quantiles} is {@code exact} or {@code approx}. */
    static String catalogSql(String quantiles) {
        String q = "exact".equals(quantiles) ? "quantile_cont(%s, %s)" : "approx_quantile(%s, %s)";
        return "SELECT *, (epoch(month + INTERVAL 1 MONTH) - epoch(month)) / 3600.0 / volume AS mtbf FROM ("
                + "SELECT service, priority, date_trunc('month', opened) AS month, "
                + "count(*) AS volume, "
                + "count(*) FILTER (WHERE major) AS major, "
                + "avg(tta_h) AS mtta, "
                + "avg(ttr_h) AS mttr_mean, "
                + String.format(q, "ttr_h", "0.5") + " AS mttr_median, "
                + "avg(bttr_h) AS bmttr_mean, "
                + String.format(q, "bttr_h", "0.5") + " AS bmttr_median, "
                + String.format(q, "ttr_h", "0.9") + " AS mttr_p90, "
                + "100.0 * count(*) FILTER (WHERE resolved AND sla_met) / count(*) FILTER (WHERE resolved) AS sla, "
                + "100.0 * count(*) FILTER (WHERE resolved AND fcr) / count(*) FILTER (WHERE resolved) AS fcr, "
                + "100.0 * count(*) FILTER (WHERE reassignments > 0) / count(*) AS reassignment_rate, "
                + "100.0 * count(*) FILTER (WHERE resolved AND reopens > 0) / count(*) FILTER (WHERE resolved) "
                + "AS reopen_rate "
                + "FROM incidents GROUP BY 1, 2, 3)";
    }

    private static void appendHours(DuckDBAppender appender, @Nullable Duration d) throws SQLException {
        if (d == null) {
            appender.appendNull();
        } else {
            appender.append(d.toMillis() / 3_600_000.0);
        }
    }

    @Benchmark
    public long fullCatalogSql(ProcessCpu cpu) throws SQLException {
        cpu.begin();
        long rows = 0;
        double checksum = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows++;
                checksum += rs.getDouble("mttr_median") + rs.getDouble("sla");
            }
        }
        cpu.end();
        return rows + (long) checksum;
    }

    @TearDown
    public void tearDown() throws SQLException {
        connection.close();
    }
}
