package org.itm.benchmarks.flink;

import java.time.Instant;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import org.itm.flink.sla.TicketEvent;
import org.itm.operations.sla.SlaEvent;
import org.jspecify.annotations.Nullable;

/**
 * The harness's seeded ticket events, generated one at a time in event-time order with memory bounded by the tickets
 * still open (a few thousand events), not by the event count: tickets open 1–30 s apart, each passes through NEW,
 * ASSIGNED, IN_PROGRESS and RESOLVED 1–121 min apart. The sequence is exactly the one a list of the first {@code n}
 * generated events sorted stably by instant would give (ties in generation order), so every consumer of the same
 * seed and count sees the same events in the same order.
 */
final class TicketEventStream {

    static final String[] FLOW = {"NEW", "ASSIGNED", "IN_PROGRESS", "RESOLVED"};

    /** An event waiting for its turn, with its place in generation order to break ties of instants. */
    private record Pending(long seq, TicketEvent event) {
    }

    private final Random random;
    private final long count;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing((Pending p) -> p.event().event().at()).thenComparingLong(Pending::seq));
    private long generated;
    private long emitted;
    private int ticket;
    /** The opening instant of the next ticket not yet generated; null when all {@code count} events are. */
    private @Nullable Instant nextOpen;

    TicketEventStream(long count, long seed) {
        this.random = new Random(seed);
        this.count = count;
        this.nextOpen = count > 0 ? Instant.parse("2026-03-02T07:00:00Z").plusSeconds(1 + random.nextInt(30)) : null;
    }

    boolean hasNext() {
        return emitted < count;
    }

    long emitted() {
        return emitted;
    }

    TicketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + count + " events were generated");
        }
        // an unopened ticket starts at nextOpen or later and comes later in generation order: the head may go first
        // when it is not after nextOpen
        while (nextOpen != null && (pending.isEmpty() || pending.peek().event().event().at().isAfter(nextOpen))) {
            openTicket();
        }
        emitted++;
        return pending.poll().event();
    }

    private void openTicket() {
        String id = "INC-" + ticket++;
        String priority = random.nextBoolean() ? "P1" : "P2";
        Instant opened = nextOpen;
        if (opened == null) {
            throw new IllegalStateException("all " + count + " events were generated");
        }
        Instant at = opened;
        for (int i = 0; i < FLOW.length && generated < count; i++) {
            pending.add(new Pending(generated++, TicketEvent.of(id, SlaEvent.of(at, FLOW[i], priority))));
            at = at.plusSeconds(60 + random.nextInt(7200));
        }
        nextOpen = generated < count ? opened.plusSeconds(1 + random.nextInt(30)) : null;
    }
}
