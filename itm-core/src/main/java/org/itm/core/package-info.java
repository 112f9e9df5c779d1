/**
 * ITM's exception hierarchy. Every exception that ITM throws on purpose is an unchecked
 * {@link org.itm.core.ItmException}, so one {@code catch} handles them all, and an operation that throws one has
 * changed nothing. The subclasses say what went wrong: {@link org.itm.core.ItmValidationException} lists every
 * broken rule of an input as a {@link org.itm.core.Violation} with its path,
 * {@link org.itm.core.NotFoundException} names something that does not exist, and
 * {@link org.itm.core.IllegalStateTransitionException} refuses a lifecycle step.
 *
 * <pre>{@code
 * import org.itm.core.priority.PriorityMatrix;
 * // given: String yaml
 *
 * try {
 *     PriorityMatrix matrix = PriorityMatrix.fromYaml(yaml);
 * } catch (ItmValidationException e) {   // every broken rule at once, not only the first
 *     for (Violation v : e.violations()) {
 *         System.err.println(v.path() + ": " + v.message());   // e.g. cells[High][Low]: missing priority
 *     }
 * }
 * }</pre>
 */
@NullMarked
package org.itm.core;

import org.jspecify.annotations.NullMarked;
