/**
 * Problems and the known-error base, plus detection of recurring incidents; start with {@link org.itm.operations.problem.ProblemDetector}.
 */
@NullMarked
package org.itm.operations.problem;

import org.jspecify.annotations.NullMarked;
