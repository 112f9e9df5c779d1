/**
 * Deterministic data parallelism for ITM's batch engines: {@link org.itm.core.parallel.ParallelBatch} splits a list
 * into contiguous chunks, runs one task per chunk on a caller-supplied {@link java.util.concurrent.Executor} and
 * hands the partial results back in chunk order, so a merge of them does not depend on scheduling.
 */
@NullMarked
package org.itm.core.parallel;

import org.jspecify.annotations.NullMarked;
