package org.itm.examples;

import java.nio.file.Path;
import java.time.YearMonth;
import org.itm.examples.month.MonthRun;

/**
 * The README's first command: a month in the life of an IT organisation, end to end, with an HTML report.
 *
 * <p>Arguments (all optional): {@code --month 2026-11} (the month to simulate), {@code --seed 42},
 * {@code --out itm-report.html} (where to write the report), {@code --data itm-data} (where month-over-month
 * figures are kept between runs).
 */
public final class MonthOfItManagement {

    private MonthOfItManagement() {
    }

    public static void main(String[] args) {
        YearMonth month = YearMonth.of(2026, 11);
        long seed = 42;
        Path out = Path.of("itm-report.html");
        Path data = Path.of("itm-data");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--month" -> month = YearMonth.parse(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --month, --seed, --out, --data)");
            }
        }
        MonthRun run = MonthRun.execute(month, seed, data, System.out::println);
        System.out.println();
        System.out.println(run.summary());
        Path written = run.report().writeTo(out);
        System.out.println("Report: " + written.toAbsolutePath());
    }
}
