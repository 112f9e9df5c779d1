package org.itm.benchmarks.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.itm.capacity.forecast.Ets;
import org.itm.capacity.forecast.EtsSelection;
import org.itm.capacity.series.CalendarStep;
import org.itm.capacity.series.TimeSeriesCsv;
import org.itm.capacity.series.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim (issues 13 §2.1 and 19 §2): automatic ETS selection on the training part of each of R's data sets is
 * faster than R's {@code ets()} on the same series ({@code benchmarks/r/ets-reference.R} times R). The series are
 * read from {@code itm-capacity/src/test/resources/r-ets} (run from the project root, or set {@code -Ditm.rEts=dir}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EtsAgainstRBenchmark {

    @Param({"co2", "AirPassengers", "nottem", "USAccDeaths", "ldeaths", "UKDriverDeaths", "UKgas", "JohnsonJohnson",
            "austres", "woolyrnq", "wineind", "Nile", "LakeHuron", "lynx", "airmiles", "WWWusage", "BJsales"})
    public String series;

    private double[] train;
    private int frequency;

    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("itm.rEts", "itm-capacity/src/test/resources/r-ets"));
        Path file = dir.resolve(series + ".csv");
        frequency = TimeSeriesCsv.declaredFrequency(file).orElseThrow();
        double[] y = (series.equals("WWWusage") || series.equals("BJsales")
                ? TimeSeriesCsv.readIndexed(file, series, Unit.NONE, Instant.EPOCH, CalendarStep.years(1))
                : TimeSeriesCsv.read(file, series, Unit.NONE)).values();
        int horizon = frequency > 1 ? 2 * frequency : 10;
        train = Arrays.copyOf(y, y.length - horizon);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no series " + file);
        }
    }

    @Benchmark
    public EtsSelection autoEts() {
        return Ets.auto(train, frequency);
    }
}
