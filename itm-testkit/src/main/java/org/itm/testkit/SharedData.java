package org.itm.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's public data sets ({@code shared/data/...} beside the repository) from a test.
 *
 * <p>The folder is looked up from the system property {@code itm.shared.data}, then by walking up from the
 * working directory to the first {@code shared/data} folder. A user's fresh clone has no such folder, so tests
 * call {@link #require(String)}, which skips (not fails) with a clear message when the file is absent.
 *
 * @since 0.1
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * Locates the {@code shared/data} folder: the system property {@code itm.shared.data} if set (empty if it
     * names no folder), else the first {@code shared/data} found walking up from the working directory.
     *
     * @return the folder, or empty when there is none
     */
    public static Optional<Path> root() {
        String configured = System.getProperty("itm.shared.data");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * Looks up a data file without skipping, for a test that has another source to fall back on.
     *
     * @param relative a path below {@code shared/data}, such as {@code "osv/multiple_ranges_in_package.osv.json"}
     * @return the file, or empty when the folder or the file is absent
     */
    public static Optional<Path> find(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }

    /**
     * Looks up a data file a test needs; call it at the start of the test.
     *
     * @param relative a path below {@code shared/data}, such as {@code "osv/multiple_ranges_in_package.osv.json"}
     * @return the file, which exists
     * @throws org.opentest4j.TestAbortedException when the file is absent, so JUnit reports the test as skipped
     *         with a message naming the file instead of failing it
     */
    public static Path require(String relative) {
        Optional<Path> path = find(relative);
        Assumptions.assumeTrue(path.isPresent(),
                () -> "skipped: public data set shared/data/" + relative + " is not present beside this checkout");
        return path.orElseThrow();
    }
}
