package org.itm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.itm.core.store.Document;
import org.itm.core.store.Page;
import org.itm.core.store.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer in a separate JVM is killed with SIGKILL in the middle of its writes; every write whose call had
 * returned (and so was printed) is in the reopened H2 file store, and the store is readable and writable.
 */
class DurabilityTest {

    private static final int KILL_AFTER_IDS = 150;

    @TempDir
    Path dir;

    /** The lines ended by a line break: a line cut by the kill was never fully printed. */
    private static List<String> completeLines(Path file) throws java.io.IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void everyReturnedWriteSurvivesASigkillOfTheWriterProcess() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("durable").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // stdout goes to a file, so every line the writer printed before it died can be read afterwards.
        Path printedFile = dir.resolve("printed.txt");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWriterMain.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(printedFile.toFile())
                .start();
        try {
            while (completeLines(printedFile).size() < KILL_AFTER_IDS + 1) {
                assertThat(writer.isAlive()).as("the writer is still writing").isTrue();
                Thread.sleep(20);
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        List<String> printed = completeLines(printedFile);
        assertThat(printed.get(0)).isEqualTo("READY");
        printed = printed.subList(1, printed.size());
        assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (JdbcDocumentStore reopened = JdbcDocumentStore.builder().url(url).build()) {
            reopened.declare("durable", Set.of("round"));
            for (String id : printed) {
                Document doc = reopened.read("durable", id).orElse(null);
                assertThat(doc).as("document %s, printed after its commit returned", id).isNotNull();
                if (id.startsWith("s-")) {
                    assertThat(doc.version()).as("update of %s returned before the kill", id).isEqualTo(2);
                }
            }
            Set<String> all = new HashSet<>();
            Page<Document> page = reopened.query(Query.of("durable").withPageSize(500));
            all.addAll(page.items().stream().map(Document::id).toList());
            while (page.hasNext()) {
                page = reopened.query(Query.of("durable").withPageSize(500).after(page.nextPageToken().orElseThrow()));
                all.addAll(page.items().stream().map(Document::id).toList());
            }
            assertThat(all).containsAll(printed);
            reopened.create("durable", "after-crash", Map.of(), "{}");
            assertThat(reopened.read("durable", "after-crash")).isPresent();
        }
    }
}
