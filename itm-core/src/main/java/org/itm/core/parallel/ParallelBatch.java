package org.itm.core.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.itm.core.ItmException;
import org.itm.core.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Runs work over the parts of a list on an {@link Executor}, in one of two ways.
 *
 * <ul>
 *   <li>{@link #mapChunks} splits the list into contiguous chunks and returns one partial result per chunk, in
 *       chunk order. The split depends only on the list size and the chunk count (chunk sizes differ by at most
 *       one, larger chunks first), never on thread timing, so a caller that merges the partials in the order
 *       returned gets the same state on every run and for every executor.</li>
 *   <li>{@link #foldBlocks} starts a few tasks, each owning one partial result, that take the list's next block of
 *       elements from a shared cursor until none remain: a thread that runs faster (or that the machine slows down
 *       less) takes more blocks, so all tasks finish within about one block of each other, with no more partials
 *       than tasks. Which blocks a partial holds depends on thread timing, so use it when the partials can be
 *       merged in any grouping and order to the same answer (counts, exact sums, sets, histograms).</li>
 * </ul>
 *
 * <p>Every task is waited for before returning or throwing, so no task of a call is still running afterwards.
 * When work fails, the failure of the first failing chunk or block (in list order) is thrown and no partial result
 * is returned: an unchecked exception or error as thrown by the work, a checked one wrapped in
 * {@link ItmException}.
 *
 * @since 0.1
 */
public final class ParallelBatch {

    private ParallelBatch() {
    }

    /**
     * The work done on one chunk.
     *
     * @param <T> the element type
     * @param <P> the partial result type
     */
    @FunctionalInterface
    public interface ChunkWork<T, P> {

        /**
         * The partial result of {@code chunk}, which starts at index {@code offset} of the whole list.
         *
         * @param chunk  a contiguous, non-empty part of the input
         * @param offset the index of the chunk's first element in the input, for error paths
         * @return the partial result, not null
         */
        P apply(List<? extends T> chunk, int offset);
    }

    /**
     * The work that folds one block of the input into a task's partial result.
     *
     * @param <T> the element type
     * @param <P> the partial result type
     * @since 0.1
     */
    @FunctionalInterface
    public interface BlockWork<T, P> {

        /**
         * Adds {@code block} to {@code partial}, which only the calling task holds during the call.
         *
         * @param partial the task's partial result, as its supplier made it and earlier blocks left it
         * @param block   a contiguous, non-empty part of the input
         * @param offset  the index of the block's first element in the input, for error paths
         */
        void accept(P partial, List<? extends T> block, int offset);
    }

    /**
     * The default chunk count: one chunk per thread of the common {@link ForkJoinPool}.
     *
     * @return the common pool's parallelism, at least 1
     */
    public static int defaultChunks() {
        return Math.max(1, ForkJoinPool.getCommonPoolParallelism());
    }

    /**
     * A block size for {@link #foldBlocks}: about sixteen blocks per task, so the tasks end within about a sixteenth
     * of their share of each other, and at most {@value #MAX_DEFAULT_BLOCK} elements, so the last block is short on
     * large inputs too (a few milliseconds of work for the batch engines' records).
     *
     * @param size  the number of elements
     * @param tasks the number of tasks, at least 1
     * @return the block size, at least 1
     * @throws org.itm.core.ItmValidationException naming {@code size} when negative or {@code tasks} when not positive
     */
    public static int defaultBlockSize(int size, int tasks) {
        Checks.require(size >= 0, "size", "must not be negative, was " + size);
        Checks.positive(tasks, "tasks");
        return (int) Math.max(1, Math.min(MAX_DEFAULT_BLOCK, size / (tasks * 16L)));
    }

    /** The largest block {@link #defaultBlockSize} gives. */
    public static final int MAX_DEFAULT_BLOCK = 16_384;

    /**
     * The default executor: the common {@link ForkJoinPool}.
     *
     * @return the common pool
     */
    public static Executor defaultExecutor() {
        return ForkJoinPool.commonPool();
    }

    /**
     * The results of {@code work} applied to each of at most {@code chunks} contiguous, non-empty sub-lists of
     * {@code items} (views, not copies), in list order; an empty list when {@code items} is empty. With one chunk
     * the work runs on the calling thread.
     *
     * @param items    the input, split without copying; must not change during the call
     * @param chunks   the greatest number of chunks (at least 1); fewer when {@code items} has fewer elements
     * @param executor runs the chunks
     * @param work     applied to each chunk and the chunk's offset in {@code items}, possibly on several threads
     *                 at once
     * @param <T>      the element type
     * @param <P>      the partial result type
     * @return one partial result per chunk, in chunk order
     * @throws org.itm.core.ItmValidationException naming {@code items}, {@code chunks}, {@code executor} or
     *                                             {@code work} when null or out of range
     */
    public static <T, P> List<P> mapChunks(List<? extends T> items, int chunks, Executor executor,
                                           ChunkWork<T, ? extends P> work) {
        Checks.notNull(items, "items");
        Checks.positive(chunks, "chunks");
        Checks.notNull(executor, "executor");
        Checks.notNull(work, "work");
        int n = items.size();
        int count = Math.min(chunks, n);
        if (count == 0) {
            return List.of();
        }
        if (count == 1) {
            return List.of(Checks.notNull(work.apply(items, 0), "work result"));
        }
        List<CompletableFuture<P>> futures = new ArrayList<>(count);
        RuntimeException rejected = null;
        int base = n / count;
        int extra = n % count;
        int from = 0;
        for (int c = 0; c < count; c++) {
            int to = from + base + (c < extra ? 1 : 0);
            List<? extends T> chunk = items.subList(from, to);
            int offset = from;
            try {
                futures.add(CompletableFuture.supplyAsync(() -> work.apply(chunk, offset), executor));
            } catch (RuntimeException e) {
                // the executor refused the chunk: stop submitting, and report after the submitted ones finish
                rejected = e;
                break;
            }
            from = to;
        }
        Throwable first = null;
        List<P> out = new ArrayList<>(count);
        for (CompletableFuture<P> f : futures) {
            try {
                P p = f.join();
                if (first == null) {
                    out.add(Checks.notNull(p, "work result"));
                }
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() == null ? e : e.getCause();
                }
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throwIfFailed(first, rejected, "chunk");
        return List.copyOf(out);
    }

    /**
     * The partial results of at most {@code tasks} tasks run on {@code executor}, each of which makes its partial
     * with {@code partial} and folds into it, with {@code work}, the input's next block of {@code blockSize}
     * elements (the last block may be shorter) until no block remains. Every element is folded exactly once, into
     * exactly one partial, each block in list order; which partial holds which blocks depends on thread timing.
     * One partial per task that took a block, in no defined order; an empty list when {@code items} is empty.
     * When there is one block, or one task, all blocks are folded on the calling thread, in list order.
     *
     * <p>When work fails, no task starts a block after the failing one once the failure is recorded (a block taken
     * just before may still run), every block before it is finished, and the failure of the first failing block in
     * list order is thrown: the failure a single pass over the list would meet first. When the executor refuses a task, the tasks already running stop after their current block and
     * the refusal is thrown (or the failure of a block, if one failed meanwhile).
     *
     * @param items     the input, read as views of blocks without copying; must not change during the call
     * @param tasks     the greatest number of tasks and partial results, at least 1
     * @param blockSize the elements per block, at least 1: small enough that the tasks finish close together,
     *                  large enough that taking a block costs nothing next to folding it
     * @param executor  runs the tasks
     * @param partial   makes a task's partial result, on the task's thread, before its first block
     * @param work      folds a block into the task's partial, possibly on several threads at once (each with its own
     *                  partial)
     * @param <T>       the element type
     * @param <P>       the partial result type
     * @return the partial results, one per task that folded at least one block
     * @throws org.itm.core.ItmValidationException naming {@code items}, {@code tasks}, {@code blockSize},
     *                                             {@code executor}, {@code partial}, {@code work} or
     *                                             {@code partial result} when null or out of range
     */
    public static <T, P> List<P> foldBlocks(List<? extends T> items, int tasks, int blockSize, Executor executor,
                                            Supplier<? extends P> partial, BlockWork<T, ? super P> work) {
        Checks.notNull(items, "items");
        Checks.positive(tasks, "tasks");
        Checks.positive(blockSize, "blockSize");
        Checks.notNull(executor, "executor");
        Checks.notNull(partial, "partial");
        Checks.notNull(work, "work");
        int n = items.size();
        if (n == 0) {
            return List.of();
        }
        int blocks = (int) ((n + (long) blockSize - 1) / blockSize);
        int count = Math.min(tasks, blocks);
        if (count == 1) {
            P p = Checks.notNull(partial.get(), "partial result");
            for (int b = 0; b < blocks; b++) {
                int from = b * blockSize;
                work.accept(p, items.subList(from, Math.min(n, from + blockSize)), from);
            }
            return List.of(p);
        }
        Blocks<T, P> shared = new Blocks<>(items, blocks, blockSize, partial, work);
        List<CompletableFuture<Blocks.Taken<P>>> futures = new ArrayList<>(count);
        RuntimeException rejected = null;
        for (int t = 0; t < count; t++) {
            try {
                futures.add(CompletableFuture.supplyAsync(shared::run, executor));
            } catch (RuntimeException e) {
                // the executor refused a task: the running ones stop after their current block
                rejected = e;
                shared.stop();
                break;
            }
        }
        if (futures.isEmpty()) {
            throw Objects.requireNonNull(rejected);
        }
        List<P> out = new ArrayList<>(count);
        for (CompletableFuture<Blocks.Taken<P>> f : futures) {
            Blocks.Taken<P> taken = f.join();
            if (taken.partial() != null) {
                out.add(taken.partial());
            }
        }
        throwIfFailed(shared.firstFailure(), rejected, "block");
        return List.copyOf(out);
    }

    /**
     * Throws {@code failure} (or, when there is none, the executor's {@code refusal}) as the callers document: an
     * unchecked exception or error as it is, a checked one wrapped in {@link ItmException}.
     */
    private static void throwIfFailed(@Nullable Throwable failure, @Nullable RuntimeException refusal, String part) {
        Throwable first = failure == null ? refusal : failure;
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new ItmException("a " + part + " of the batch failed: " + first, first);
        }
    }

    /** The cursor and the failures shared by the tasks of one {@link #foldBlocks} call. */
    private static final class Blocks<T, P> {
        private final List<? extends T> items;
        private final int blocks;
        private final int blockSize;
        private final Supplier<? extends P> partial;
        private final BlockWork<T, ? super P> work;
        /** The next block to take; blocks are taken in ascending order. */
        private final AtomicInteger next = new AtomicInteger();
        /** Blocks from this index on are not started: {@code blocks}, lowered to a failed block or to 0 to stop. */
        private final AtomicInteger limit;
        /** The lowest failed block and its failure, guarded by {@code this}; failures are rare. */
        private int failedBlock = Integer.MAX_VALUE;
        private @Nullable Throwable failure;

        Blocks(List<? extends T> items, int blocks, int blockSize, Supplier<? extends P> partial,
               BlockWork<T, ? super P> work) {
            this.items = items;
            this.blocks = blocks;
            this.blockSize = blockSize;
            this.partial = partial;
            this.work = work;
            this.limit = new AtomicInteger(blocks);
        }

        /** What one task leaves: its partial, or none when it took no block or its work failed. */
        record Taken<P>(@Nullable P partial) {
        }

        /**
         * Takes blocks until none remain or the next is at or past the limit. Blocks are taken in order, so every
         * block below the lowest failed one was taken before it, by a task that finishes it: once all tasks have
         * returned, the lowest failure recorded is the first failure in list order.
         */
        Taken<P> run() {
            @Nullable P p = null;
            int n = items.size();
            while (true) {
                int b = next.getAndIncrement();
                if (b >= blocks || b >= limit.get()) {
                    return new Taken<>(p);
                }
                try {
                    P mine = p;
                    if (mine == null) {
                        mine = Checks.notNull(partial.get(), "partial result");
                        p = mine;
                    }
                    int from = b * blockSize;
                    work.accept(mine, items.subList(from, Math.min(n, from + blockSize)), from);
                } catch (RuntimeException | Error e) {
                    failed(b, e);
                    return new Taken<>(null);
                }
            }
        }

        private void failed(int block, Throwable e) {
            limit.accumulateAndGet(block, Math::min);
            synchronized (this) {
                if (block < failedBlock) {
                    failedBlock = block;
                    failure = e;
                }
            }
        }

        /** Lets no task start another block. */
        void stop() {
            limit.set(0);
        }

        synchronized @Nullable Throwable firstFailure() {
            return failure;
        }
    }
}
