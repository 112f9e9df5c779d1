package org.itm.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The {@code ```java} blocks of the README and of the module pages under {@code docs/}, compiled against the
 * modules' classes exactly as a reader would paste them.
 *
 * <p>The conventions a block follows (they are what a reader sees, so they stay readable):
 * <ul>
 *   <li>it starts with the {@code import} lines it needs, {@code java.*} ones included: nothing is imported for
 *       it, so a block that compiles here compiles when pasted;</li>
 *   <li>a comment line {@code // given: Notifier webhook, List<EscalationRule> rules} among the leading lines
 *       declares values the block takes as given (they become the method's parameters, so their types need
 *       imports too);</li>
 *   <li>the rest is the body of a method that may throw any exception (local records and classes are
 *       allowed).</li>
 * </ul>
 */
public final class MarkdownSnippets {

    private static final Pattern BLOCK = Pattern.compile("^```java\\s*\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

    /**
     * A block of documentation code compiled as its own class {@code org.itm.docexamples.<className>}: a Markdown
     * {@code ```java} block here, a package documentation example in {@link PackageDocExamplesCompileTest}.
     */
    public interface Block {

        /** The simple name of the class the block is compiled as, unique among the blocks compiled together. */
        String className();

        /** The compilation unit: package {@code org.itm.docexamples}, imports and the class around the block. */
        String source();

        /** Where a reader finds the block, for error messages, such as {@code README.md java block 2}. */
        String where();
    }

    /**
     * A block split by the conventions above: its leading import lines, the parameters its {@code // given:} line
     * declares (empty without one), and the rest, the body of the example method.
     */
    public record Parts(List<String> imports, String parameters, List<String> lines) {

        /** Splits the text of a block. */
        public static Parts of(String body) {
            List<String> imports = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            String parameters = "";
            boolean leading = true;
            for (String line : body.split("\n", -1)) {
                String t = line.strip();
                if (leading && t.startsWith("import ") && t.endsWith(";")) {
                    imports.add(t);
                } else if (leading && t.startsWith("// given:")) {
                    parameters = t.substring("// given:".length()).strip();
                } else if (!leading || !t.isEmpty()) {
                    leading = false;
                    lines.add(line);
                }
            }
            return new Parts(List.copyOf(imports), parameters, List.copyOf(lines));
        }
    }

    /** One {@code ```java} block of a Markdown file. */
    public record Snippet(Path file, int index, String body) implements Block {

        /** The name of the class that holds this block when it is compiled. */
        @Override
        public String className() {
            String stem = file.getFileName().toString().replaceAll("\\W", "_");
            return "Md_" + stem + "_" + index;
        }

        /** The import lines at the start of the block. */
        public List<String> imports() {
            return Parts.of(body).imports();
        }

        /** The block as a compilation unit: its imports, then a class whose {@code example} method is the rest. */
        @Override
        public String source() {
            Parts parts = Parts.of(body);
            return "package org.itm.docexamples;\n"
                    + String.join("\n", parts.imports()) + "\n"
                    + "@SuppressWarnings(\"all\")\n"
                    + "public class " + className() + " {\n"
                    + "  public void example(" + parts.parameters() + ") throws Exception {\n"
                    + String.join("\n", parts.lines()) + "\n  }\n}\n";
        }

        @Override
        public String where() {
            return file + " java block " + (index + 1);
        }
    }

    /** What compiling a set of blocks gave: one message per error, and where the classes were written. */
    public record Compiled(List<String> errors, Path classes) {

        /** Runs the {@code example} method of a block that takes nothing as given. */
        public void run(Snippet snippet) throws Exception {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    MarkdownSnippets.class.getClassLoader())) {
                Class<?> type = loader.loadClass("org.itm.docexamples." + snippet.className());
                type.getMethod("example").invoke(type.getDeclaredConstructor().newInstance());
            }
        }
    }

    private MarkdownSnippets() {
    }

    /** The repository's root: the parent of the {@code examples} module the tests run in. */
    public static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** The {@code ```java} blocks of one Markdown file, in order. */
    public static List<Snippet> of(Path markdown) {
        try {
            String text = Files.readString(markdown, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            List<Snippet> all = new ArrayList<>();
            int index = 0;
            while (m.find()) {
                all.add(new Snippet(root().relativize(markdown.toAbsolutePath()), index++, m.group(1)));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks of {@code README.md} and of every {@code docs/*.md}. */
    public static List<Snippet> all() {
        List<Snippet> all = new ArrayList<>(of(root().resolve("README.md")));
        Path docs = root().resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> pages = Files.list(docs)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    all.addAll(of(page));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /**
     * Compiles the blocks against the test class path, each as its own class, and collects every error with the
     * block's {@link Block#where() place} and the offending line.
     */
    public static Compiled compile(List<? extends Block> blocks) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Block block : blocks) {
            units.add(new SimpleJavaFileObject(URI.create("string:///org/itm/docexamples/" + block.className()
                    + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return block.source();
                }
            });
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path out = Files.createTempDirectory("itm-doc-examples");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            compiler.getTask(null, files, diagnostics, List.of("-proc:none", "-classpath", classPath, "-d",
                    out.toString()), null, units).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String unit = d.getSource() == null ? "?" : d.getSource().getName();
            Block block = blocks.stream().filter(b -> unit.endsWith(b.className() + ".java")).findFirst()
                    .orElseThrow();
            String[] lines = block.source().split("\n", -1);
            long line = d.getLineNumber();
            String code = line >= 1 && line <= lines.length ? lines[(int) line - 1].strip() : "";
            errors.add(block.where() + " at `" + code + "`: " + d.getMessage(Locale.ROOT));
        }
        return new Compiled(List.copyOf(errors), out);
    }
}
