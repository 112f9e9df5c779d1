package org.itm.core.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.itm.core.ItmException;
import org.itm.core.validation.Checks;

/**
 * Runs a function over contiguous chunks of a list on an {@link Executor} and returns the partial results in chunk
 * order. The split depends only on the list size and the chunk count (chunk sizes differ by at most one, larger
 * chunks first), never on thread timing, so a caller that merges the partials in the order returned gets the same
 * answer on every run and for every executor.
 *
 * <p>Every chunk is waited for before returning or throwing, so no task of a call is still running afterwards.
 * When chunks fail, the failure of the first failing chunk (in list order) is thrown and no partial result is
 * returned: an unchecked exception or error as thrown by the task, a checked one wrapped in {@link ItmException}.
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
     * The default chunk count: one chunk per thread of the common {@link ForkJoinPool}.
     *
     * @return the common pool's parallelism, at least 1
     */
    public static int defaultChunks() {
        return Math.max(1, ForkJoinPool.getCommonPoolParallelism());
    }

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
        if (first == null && rejected != null) {
            first = rejected;
        }
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new ItmException("a chunk of the batch failed: " + first, first);
        }
        return List.copyOf(out);
    }
}
