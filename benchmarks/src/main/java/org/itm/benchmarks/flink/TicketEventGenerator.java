package org.itm.benchmarks.flink;

import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.itm.flink.sla.TicketEvent;

/**
 * {@link TicketEventStream} as the function of a {@code DataGeneratorSource}, so the events are made inside the
 * source as the job reads them and never sit in the job graph or in a list. The stream is sequential, so the source
 * must run with parallelism 1 (one split, indices in order) and without restores; an index out of sequence fails
 * the job rather than giving other events.
 */
final class TicketEventGenerator implements GeneratorFunction<Long, TicketEvent> {

    private static final long serialVersionUID = 1L;

    private final long count;
    private final long seed;
    private transient TicketEventStream stream;

    TicketEventGenerator(long count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void open(SourceReaderContext readerContext) {
        stream = new TicketEventStream(count, seed);
    }

    @Override
    public TicketEvent map(Long index) {
        if (index != stream.emitted()) {
            throw new IllegalStateException("the ticket events are sequential: expected index " + stream.emitted()
                    + ", was asked for " + index + " (run the source with parallelism 1 and no restore)");
        }
        return stream.next();
    }
}
