package org.itm.benchmarks.capacity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Processor time of automatic ETS selection per series next to R's {@code ets()} on the same training part, for
 * machines that other work shares: {@link EtsAgainstRBenchmark} gives wall time, which a busy machine inflates for
 * both sides differently; processor time of the measuring thread does not. Prints a Markdown table.
 *
 * <pre>
 * Rscript benchmarks/r/ets-reference.R /tmp/r-ets
 * java -cp benchmarks/target/benchmarks.jar org.itm.benchmarks.capacity.EtsProcessorTimeVsR /tmp/r-ets/r-ets-times.csv
 * </pre>
 */
public final class EtsProcessorTimeVsR {

    private EtsProcessorTimeVsR() {
    }

    public static void main(String[] args) throws Exception {
        Path rTimes = Path.of(args.length > 0 ? args[0] : "/tmp/r-ets/r-ets-times.csv");
        Map<String, Double> r = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(rTimes);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            r.put(f[0], Double.parseDouble(f[1]));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("| series | ITM ms | R ms | R / ITM |");
        System.out.println("|---|---|---|---|");
        double itmTotal = 0;
        double rTotal = 0;
        for (Map.Entry<String, Double> e : r.entrySet()) {
            EtsAgainstRBenchmark state = new EtsAgainstRBenchmark();
            state.series = e.getKey();
            state.setUp();
            for (int i = 0; i < 10; i++) {
                state.autoEts();
            }
            int reps = 15;
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                state.autoEts();
            }
            double itm = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / reps;
            itmTotal += itm;
            rTotal += e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", e.getKey(), itm, e.getValue(), e.getValue() / itm);
        }
        System.out.printf(Locale.ROOT, "| **all** | %.1f | %.1f | %.1f |%n", itmTotal, rTotal, rTotal / itmTotal);
    }
}
