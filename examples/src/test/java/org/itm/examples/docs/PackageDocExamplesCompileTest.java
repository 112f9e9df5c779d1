package org.itm.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Keeps the examples in the published packages' documentation true: every {@code <pre>{@code ...}</pre>} block of
 * a {@code package-info.java} in a published module is compiled against the modules' classes, and every such
 * {@code package-info.java} outside {@code internal} packages has at least one.
 *
 * <p>The conventions an example follows (they are what a reader sees, so they stay readable):
 * <ul>
 *   <li>the block is the body of a method that may throw any exception, in a class that imports the documented
 *       package (unless it holds only sub-packages, as {@code org.itm.flink} does), {@code java.util.*} and
 *       {@code java.time.*};</li>
 *   <li>leading {@code import ...;} lines are hoisted to the class;</li>
 *   <li>a leading comment {@code // given: String yaml, Incident incident} declares values the example takes as
 *       given (they become the method's parameters);</li>
 *   <li>{@code &#64;} stands for {@code @}, and {@code &lt; &gt; &amp;} are unescaped.</li>
 * </ul>
 */
class PackageDocExamplesCompileTest {

    private static final List<String> PUBLISHED = List.of("itm-core", "itm-governance", "itm-operations",
            "itm-capacity", "itm-risk", "itm-metrics", "itm-store-jdbc", "itm-notify-adapters", "itm-testkit",
            "itm-flink");
    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    record Example(Path file, int index, String packageName, boolean hasTypes, String body)
            implements MarkdownSnippets.Block {
        @Override
        public String className() {
            return "Doc_" + packageName.replace('.', '_') + "_" + index;
        }

        @Override
        public String source() {
            MarkdownSnippets.Parts parts = MarkdownSnippets.Parts.of(body);
            return "package org.itm.docexamples;\n"
                    + (hasTypes ? "import " + packageName + ".*;\n" : "")
                    + "import java.util.*;\nimport java.time.*;\n"
                    + String.join("\n", parts.imports()) + "\n"
                    + "@SuppressWarnings(\"all\")\n"
                    + "class " + className() + " {\n"
                    + "  void example(" + parts.parameters() + ") throws Exception {\n"
                    + String.join("\n", parts.lines()) + "\n  }\n}\n";
        }

        @Override
        public String where() {
            return file + " example " + (index + 1);
        }
    }

    /**
     * A {@code package-info.java} of a published module outside {@code internal} packages: the documentation a
     * reader of the published API sees.
     *
     * @param file        the file, relative to the repository's root
     * @param packageName the package it documents
     * @param hasTypes    whether the package has types of its own (else it holds only sub-packages)
     * @param text        the file's text
     */
    record PackageDoc(Path file, String packageName, boolean hasTypes, String text) {
    }

    static List<PackageDoc> publishedPackageDocs() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<PackageDoc> all = new ArrayList<>();
        for (String module : PUBLISHED) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path file : files.filter(p -> p.getFileName().toString().equals("package-info.java")).sorted()
                        .toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher pkg = PACKAGE.matcher(text);
                    if (!pkg.find() || pkg.group(1).contains(".internal")) {
                        continue;
                    }
                    boolean hasTypes;
                    try (Stream<Path> siblings = Files.list(file.getParent())) {
                        hasTypes = siblings.map(p -> p.getFileName().toString())
                                .anyMatch(n -> n.endsWith(".java") && !n.equals("package-info.java"));
                    }
                    all.add(new PackageDoc(root.relativize(file), pkg.group(1), hasTypes, text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static List<Example> examples() {
        List<Example> all = new ArrayList<>();
        for (PackageDoc doc : publishedPackageDocs()) {
            Matcher m = BLOCK.matcher(doc.text());
            int index = 0;
            while (m.find()) {
                all.add(new Example(doc.file(), index++, doc.packageName(), doc.hasTypes(), unescape(m.group(1))));
            }
        }
        return all;
    }

    private static String unescape(String javadoc) {
        StringBuilder out = new StringBuilder();
        for (String line : javadoc.split("\n", -1)) {
            out.append(line.replaceFirst("^\\s*\\*( ?)", "")).append('\n');
        }
        return out.toString().replace("&#64;", "@").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void everyPackageDocExampleCompilesAgainstThePublishedModules() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).as("package documentation examples found").isNotEmpty();

        List<String> errors = MarkdownSnippets.compile(examples).errors();
        assertThat(errors).as("package documentation examples that do not compile").isEmpty();
    }

    /**
     * Every published package shows its typical use in a compiled example, so a reader of the API documentation
     * sees working code next to the prose, and a package added later cannot be published without one. No package
     * is exempt: one that holds only sub-packages (as {@code org.itm.flink} does) still gets an example, which then
     * imports what it uses from them.
     */
    @Test
    void everyPublishedPackageDocShowsAnExample() {
        List<PackageDoc> docs = publishedPackageDocs();
        assertThat(docs).as("package-info.java files found in the published modules").isNotEmpty();

        List<Path> withoutExample = docs.stream()
                .filter(doc -> BLOCK.matcher(doc.text()).results().allMatch(m -> unescape(m.group(1)).isBlank()))
                .map(PackageDoc::file)
                .toList();
        assertThat(withoutExample)
                .as("published package docs without a non-empty <pre>{@code ...}</pre> example: %s", withoutExample)
                .isEmpty();
    }
}
