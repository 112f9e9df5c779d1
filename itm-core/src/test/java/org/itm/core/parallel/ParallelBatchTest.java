package org.itm.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void foldBlocksFoldsEveryElementOnceInBlocksOfTheGivenSize() {
        List<Integer> hundred = IntStream.range(0, 100).boxed().toList();

        List<List<Integer>> partials = ParallelBatch.foldBlocks(hundred, 3, 7, POOL, ArrayList::new,
                (List<Integer> partial, List<? extends Integer> block, int offset) -> {
                    assertThat(block.get(0)).isEqualTo(offset);
                    assertThat(block).hasSize(offset == 98 ? 2 : 7);
                    partial.addAll(block);
                });

        assertThat(partials).hasSizeBetween(1, 3);
        List<Integer> all = new ArrayList<>();
        for (List<Integer> partial : partials) {
            // a task takes its blocks in list order
            assertThat(partial).isSorted();
            all.addAll(partial);
        }
        Collections.sort(all);
        assertThat(all).isEqualTo(hundred);
    }

    @Test
    void foldBlocksWithOneTaskFoldsEveryBlockInOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();

        List<List<String>> partials = ParallelBatch.foldBlocks(TEN, 1, 4, POOL, ArrayList::new,
                (List<String> partial, List<? extends Integer> block, int offset) -> partial.add(offset + ":" + block
                        + (Thread.currentThread() == caller ? "" : " elsewhere")));

        assertThat(partials).containsExactly(List.of("0:[0, 1, 2, 3]", "4:[4, 5, 6, 7]", "8:[8, 9]"));
        assertThat(ParallelBatch.foldBlocks(List.<Integer>of(), 4, 4, POOL, ArrayList::new,
                (List<String> partial, List<? extends Integer> block, int offset) -> partial.add("x"))).isEmpty();
    }

    /** Scripted: the task holding block 0 waits until the other has taken and folded every other block. */
    @Test
    void foldBlocksLetsAFreeTaskTakeTheBlocksOfASlowOne() {
        CountDownLatch lastBlockDone = new CountDownLatch(1);

        List<List<String>> partials = ParallelBatch.foldBlocks(TEN, 2, 1, POOL, ArrayList::new,
                (List<String> partial, List<? extends Integer> block, int offset) -> {
                    if (offset == 0) {
                        await(lastBlockDone);
                    }
                    partial.add(String.valueOf(offset));
                    if (offset == 9) {
                        lastBlockDone.countDown();
                    }
                });

        assertThat(partials).extracting(List::size).containsExactlyInAnyOrder(1, 9);
        assertThat(partials).anySatisfy(p -> assertThat(p).containsExactly("0"));
    }

    /**
     * Scripted: one task holds block 0 until the other task has failed at block 3 and returned, then fails (or
     * succeeds) at block 0. The failure thrown is that of the first failing block in list order, and no block
     * after the failed one is started.
     */
    @Test
    void foldBlocksThrowsTheFailureOfTheFirstFailingBlockInListOrder() {
        for (boolean firstFails : new boolean[] {true, false}) {
            CountDownLatch oneTaskReturned = new CountDownLatch(1);
            Executor signalling = task -> POOL.execute(() -> {
                task.run();
                oneTaskReturned.countDown();
            });
            Set<Integer> started = new ConcurrentSkipListSet<>();

            assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 2, 1, signalling, ArrayList::new,
                    (List<String> partial, List<? extends Integer> block, int offset) -> {
                        started.add(offset);
                        if (offset == 0) {
                            await(oneTaskReturned);
                            if (firstFails) {
                                throw new IllegalStateException("block 0");
                            }
                        }
                        if (offset == 3) {
                            throw new IllegalArgumentException("block 3");
                        }
                    })).hasMessage(firstFails ? "block 0" : "block 3");
            assertThat(new TreeSet<>(started)).containsExactly(0, 1, 2, 3);
        }
    }

    @Test
    void foldBlocksFailsWhenTheExecutorRefusesATaskAndLeavesNoTaskRunning() {
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        Executor acceptsOne = task -> {
            if (submitted.getAndIncrement() > 0) {
                throw new RejectedExecutionException("full");
            }
            POOL.execute(task);
        };

        assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 3, 1, acceptsOne, ArrayList::new,
                (List<String> partial, List<? extends Integer> block, int offset) -> {
                    running.incrementAndGet();
                    partial.add(String.valueOf(offset));
                    running.decrementAndGet();
                })).isInstanceOf(RejectedExecutionException.class);
        assertThat(running).hasValue(0);
        assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 3, 1, task -> {
            throw new RejectedExecutionException("closed");
        }, ArrayList::new, (List<String> partial, List<? extends Integer> block, int offset) -> partial.add("x")))
                .isInstanceOf(RejectedExecutionException.class).hasMessage("closed");
    }

    @Test
    void theDefaultBlockSizeGivesEachTaskAboutSixteenBlocksUpToTheLargestBlock() {
        assertThat(ParallelBatch.defaultBlockSize(3_200, 2)).isEqualTo(100);
        assertThat(ParallelBatch.defaultBlockSize(10_000_000, 2)).isEqualTo(ParallelBatch.MAX_DEFAULT_BLOCK);
        assertThat(ParallelBatch.defaultBlockSize(10, 4)).isEqualTo(1);
        assertThat(ParallelBatch.defaultBlockSize(0, 1)).isEqualTo(1);
        assertThat(ParallelBatch.defaultBlockSize(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(1);
        assertThatThrownBy(() -> ParallelBatch.defaultBlockSize(-1, 2))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("size"));
        assertThatThrownBy(() -> ParallelBatch.defaultBlockSize(5, 0))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("tasks"));
    }

    @Test
    void foldBlocksRejectsBadArgumentsByName() {
        ParallelBatch.BlockWork<Integer, List<String>> work = (partial, block, offset) -> partial.add("x");
        assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 0, 1, POOL, ArrayList::new, work))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("tasks"));
        assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 2, 0, POOL, ArrayList::new, work))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("blockSize"));
        assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 2, 1, POOL, () -> null, work))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("partial result"));
        assertThatThrownBy(() -> ParallelBatch.foldBlocks(TEN, 2, 1, null, ArrayList::new, work))
                .isInstanceOfSatisfying(ItmValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("executor"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the scripted step came").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
