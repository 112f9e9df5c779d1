package org.itm.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ParallelBatchTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @AfterAll
    static void close() {
        POOL.shutdownNow();
    }

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void chunksAreContiguousLargerFirstAndReturnedInOrder() {
        List<String> parts = ParallelBatch.mapChunks(TEN, 4, POOL, (chunk, offset) -> offset + ":" + chunk);

        assertThat(parts).containsExactly("0:[0, 1, 2]", "3:[3, 4, 5]", "6:[6, 7]", "8:[8, 9]");
    }

    @Test
    void neverMoreChunksThanElements() {
        assertThat(ParallelBatch.mapChunks(TEN.subList(0, 2), 8, POOL, (chunk, offset) -> chunk.size()))
                .containsExactly(1, 1);
        assertThat(ParallelBatch.mapChunks(List.<Integer>of(), 8, POOL, (chunk, offset) -> 1)).isEmpty();
    }

    @Test
    void oneChunkRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();

        assertThat(ParallelBatch.mapChunks(TEN, 1, POOL, (chunk, offset) -> Thread.currentThread() == caller))
                .containsExactly(true);
    }

    @Test
    void theFirstFailingChunkInListOrderIsThrown() {
        assertThatThrownBy(() -> ParallelBatch.mapChunks(TEN, 5, POOL, (chunk, offset) -> {
            if (offset >= 4) {
                throw new IllegalArgumentException("chunk at " + offset);
            }
            return offset;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("chunk at 4");
    }

    @Test
    void aRefusingExecutorFailsTheCall() {
        assertThatThrownBy(() -> ParallelBatch.mapChunks(TEN, 3, r -> {
            throw new RejectedExecutionException("full");
        }, (chunk, offset) -> offset)).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> ParallelBatch.mapChunks(TEN, 0, POOL, (chunk, offset) -> 1))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("chunks"));
        assertThatThrownBy(() -> ParallelBatch.mapChunks(TEN, 2, null, (chunk, offset) -> 1))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("executor"));
        assertThatThrownBy(() -> ParallelBatch.mapChunks(TEN, 2, POOL, (chunk, offset) -> null))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("work result"));
    }
}
