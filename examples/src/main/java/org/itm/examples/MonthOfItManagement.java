package org.itm.examples;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.itm.core.embed.ItmEnvironment;
import org.itm.examples.month.MonthRun;
import org.itm.examples.month.MonthStores;

/**
 * The README's first command: a month in the life of an IT organisation, end to end, with an HTML report.
 *
 * <p>Arguments (all optional): {@code --month 2026-11} (the month to simulate; by default the month after the
 * last one stored, starting with 2026-11), {@code --seed 42},
 * {@code --out itm-report.html} (where to write the report), {@code --data itm-data} (where the incidents, changes,
 * problems, risks and figures are kept between runs, so the next run continues what this one left open).
 */
public final class MonthOfItManagement {

    private MonthOfItManagement() {
    }

    public static void main(String[] args) {
        Optional<YearMonth> month = Optional.empty();
        long seed = 42;
        Path out = Path.of("itm-report.html");
        Path data = Path.of("itm-data");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--month" -> month = Optional.of(YearMonth.parse(args[i + 1]));
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --month, --seed, --out, --data)");
            }
        }
        // the environment's services read the wall clock; the simulated month carries its own instants
        try (ItmEnvironment env = MonthStores.open(data, Clock.systemUTC())) {
            // without --month, simulate the month after the last one stored, so each run moves a month on
            YearMonth simulated = month.orElseGet(() -> MonthRun.latestStored(env).map(m -> m.plusMonths(1))
                    .orElse(YearMonth.of(2026, 11)));
            System.out.println("ITM: simulating " + simulated + " (seed " + seed + "), process state kept in "
                    + MonthStores.describe(data));
            MonthRun run = MonthRun.execute(simulated, seed, env, System.out::println);
            System.out.println();
            System.out.println(run.summary());
            Path written = run.report().writeTo(out);
            System.out.println();
            System.out.println("Report: " + written.toAbsolutePath());
            run.sectionSummaries().forEach(line -> System.out.println("  " + line));
        }
    }
}
