/**
 * Data parallelism for ITM's batch engines, on a caller-supplied {@link java.util.concurrent.Executor}. The entry
 * point, {@link org.itm.core.parallel.ParallelBatch}, offers two ways to split a list:
 *
 * <ul>
 *   <li>{@link org.itm.core.parallel.ParallelBatch#mapChunks mapChunks} cuts the list into contiguous chunks, runs
 *       one task per chunk and hands the partial results back in chunk order. The cut depends only on the list size
 *       and the chunk count, so merging the partials in that order gives the same answer on every run, even when
 *       the merge is order-sensitive (floating-point sums, first-wins maps).</li>
 *   <li>{@link org.itm.core.parallel.ParallelBatch#foldBlocks foldBlocks} starts a few tasks, each with a partial
 *       of its own, that keep taking the next block of the list from a shared cursor and folding it into that
 *       partial until no block is left, so a fast thread takes more blocks and no task waits for a slow one. Which
 *       blocks end up in which partial depends on timing: use it when merging the partials in any grouping and
 *       order gives the same answer (counts, exact sums, sets, histograms).</li>
 * </ul>
 *
 * <pre>{@code
 * // given: List<Double> hours, List<String> services
 *
 * // one sum per contiguous chunk, in chunk order: adding them up in that order is reproducible
 * List<Double> sums = ParallelBatch.mapChunks(hours, ParallelBatch.defaultChunks(), ParallelBatch.defaultExecutor(),
 *         (chunk, offset) -> chunk.stream().mapToDouble(Double::doubleValue).sum());
 * double total = sums.stream().mapToDouble(Double::doubleValue).sum();
 *
 * // incidents per service: each task folds blocks of 4096 into its own map, merged in any order
 * List<Map<String, Integer>> partials = ParallelBatch.foldBlocks(services, 4, 4096, ParallelBatch.defaultExecutor(),
 *         HashMap::new, (counts, block, offset) -> block.forEach(s -> counts.merge(s, 1, Integer::sum)));
 * Map<String, Integer> perService = new HashMap<>();
 * partials.forEach(p -> p.forEach((service, n) -> perService.merge(service, n, Integer::sum)));
 * }</pre>
 */
@NullMarked
package org.itm.core.parallel;

import org.jspecify.annotations.NullMarked;
