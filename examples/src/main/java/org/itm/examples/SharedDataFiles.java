package org.itm.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public data sets ({@code shared/data/...} beside the checkout, or the folder named by the system
 * property {@code itm.shared.data}); the example falls back to generated data when they are absent.
 */
public final class SharedDataFiles {

    private SharedDataFiles() {
    }

    /** The file at {@code relative} below {@code shared/data}, if present. */
    public static Optional<Path> find(String relative) {
        String configured = System.getProperty("itm.shared.data");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured, relative);
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
