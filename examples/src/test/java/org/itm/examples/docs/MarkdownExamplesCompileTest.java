package org.itm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java in the README and in the module pages under {@code docs/} true: every {@code ```java} block
 * compiles against the published modules with only the imports it shows (see {@link MarkdownSnippets}), and
 * every block that takes nothing as given runs without an exception.
 */
class MarkdownExamplesCompileTest {

    private static final List<String> MODULE_PAGES = List.of("itm-core", "itm-governance", "itm-operations",
            "itm-capacity", "itm-risk", "itm-metrics", "itm-store-jdbc", "itm-notify-adapters", "itm-flink",
            "itm-testkit");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    @Test
    void everyJavaBlockOfTheReadmeAndTheModulePagesCompilesWithTheImportsItShows() throws IOException {
        List<MarkdownSnippets.Snippet> snippets = MarkdownSnippets.all();
        assertThat(snippets).as("java blocks in README.md and docs/*.md").isNotEmpty();
        assertThat(MarkdownSnippets.compile(snippets).errors()).as("java blocks that do not compile").isEmpty();
    }

    @Test
    void everyJavaBlockThatTakesNothingAsGivenRunsWithoutAnException() throws Exception {
        List<MarkdownSnippets.Snippet> selfContained = MarkdownSnippets.all().stream()
                .filter(s -> !s.body().contains("// given:")).toList();
        assertThat(selfContained).as("self-contained java blocks").isNotEmpty();
        MarkdownSnippets.Compiled compiled = MarkdownSnippets.compile(selfContained);
        assertThat(compiled.errors()).isEmpty();
        List<String> failures = new ArrayList<>();
        for (MarkdownSnippets.Snippet snippet : selfContained) {
            try {
                compiled.run(snippet);
            } catch (InvocationTargetException e) {
                failures.add(snippet.file() + " java block " + (snippet.index() + 1) + ": " + e.getCause());
            }
        }
        assertThat(failures).as("java blocks that throw when run").isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheModulePagesPointsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(MarkdownSnippets.root().resolve("README.md")));
        try (Stream<Path> docs = Files.list(MarkdownSnippets.root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !target.startsWith("mailto:")
                        && !Files.exists(page.getParent().resolve(target))) {
                    broken.add(MarkdownSnippets.root().relativize(page) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("relative links to files that do not exist").isEmpty();
    }

    @Test
    void theReadmeLinksToEveryModulePage() throws IOException {
        String readme = Files.readString(MarkdownSnippets.root().resolve("README.md"), StandardCharsets.UTF_8);
        for (String module : MODULE_PAGES) {
            assertThat(readme).as("README link to docs/%s.md", module).contains("(docs/" + module + ".md)");
        }
    }

    @Test
    void everyModulePageShowsAtLeastOneJavaBlock() {
        for (String module : MODULE_PAGES) {
            assertThat(MarkdownSnippets.of(MarkdownSnippets.root().resolve("docs").resolve(module + ".md")))
                    .as("java blocks in docs/%s.md", module).isNotEmpty();
        }
    }
}
