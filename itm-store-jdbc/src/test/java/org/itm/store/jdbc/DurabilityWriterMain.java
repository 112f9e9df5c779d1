package org.itm.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itm.core.store.Write;

/**
 * Writer process of {@link DurabilityTest}: writes documents to the H2 file store given as the first argument,
 * alternating single creates, batches of five and updates, and prints each id on its own line once the write
 * that committed it has returned. Runs until it is killed.
 */
public final class DurabilityWriterMain {

    private DurabilityWriterMain() {
    }

    public static void main(String[] args) {
        JdbcDocumentStore store = JdbcDocumentStore.builder().url(args[0]).maxPoolSize(2).build();
        store.declare("durable", Set.of("round"));
        System.out.println("READY");
        System.out.flush();
        for (int round = 0; ; round++) {
            if (round % 3 == 1) {
                List<Write> batch = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    batch.add(new Write.Create("durable", "b-" + round + "-" + k, Map.of("round", "r" + round),
                            "{\"round\":" + round + ",\"k\":" + k + "}"));
                }
                store.write(batch);
                for (Write w : batch) {
                    System.out.println(w.id());
                }
            } else {
                String id = "s-" + round;
                store.create("durable", id, Map.of("round", "r" + round), "{\"round\":" + round + "}");
                store.update("durable", id, 1, Map.of("round", "r" + round), "{\"round\":" + round + ",\"v\":2}");
                System.out.println(id);
            }
            System.out.flush();
        }
    }
}
