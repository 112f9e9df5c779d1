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
 */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared/data} folder, if one can be found. */
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

    /** The file at {@code relative} below {@code shared/data}, if present. */
    public static Optional<Path> find(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }

    /**
     * The file at {@code relative} below {@code shared/data}; skips the calling test when it is absent.
     */
    public static Path require(String relative) {
        Optional<Path> path = find(relative);
        Assumptions.assumeTrue(path.isPresent(),
                () -> "skipped: public data set shared/data/" + relative + " is not present beside this checkout");
        return path.orElseThrow();
    }
}
