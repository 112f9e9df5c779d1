package org.itm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of a published module's API (packages outside {@code .internal}) says in its javadoc
 * since which release it exists, so a user reading the docs of a later release can tell what is new.
 */
class SinceTagTest {

    private static final List<String> PUBLISHED = List.of("itm-core", "itm-governance", "itm-operations",
            "itm-capacity", "itm-risk", "itm-metrics", "itm-store-jdbc", "itm-notify-adapters", "itm-flink",
            "itm-testkit");

    private static final Pattern TOP_LEVEL_PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s", Pattern.MULTILINE);

    @Test
    void everyPublicTypeOfThePublishedApiHasASinceTag() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> withoutSince = new ArrayList<>();
        int checked = 0;
        for (String module : PUBLISHED) {
            Path src = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals("package-info.java") || file.toString().contains("/internal/")) {
                        continue;
                    }
                    String text = Files.readString(file);
                    Matcher m = TOP_LEVEL_PUBLIC_TYPE.matcher(text);
                    if (!m.find()) {
                        continue;
                    }
                    checked++;
                    String head = text.substring(0, m.start());
                    int open = head.lastIndexOf("/**");
                    int close = head.lastIndexOf("*/");
                    if (open < 0 || close < open || !head.substring(open, close).contains("@since ")) {
                        withoutSince.add(root.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(checked).as("public types found").isGreaterThan(400);
        assertThat(withoutSince).as("public types whose javadoc has no @since").isEmpty();
    }
}
