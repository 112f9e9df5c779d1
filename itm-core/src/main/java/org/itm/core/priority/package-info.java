/**
 * Priority from impact and urgency: start with {@link org.itm.core.priority.PriorityMatrix#itil3x3()} or
 * {@link org.itm.core.priority.PriorityMatrix#itil5x5()}, or define your own matrix in code, JSON or YAML, and ask
 * it {@link org.itm.core.priority.PriorityMatrix#priorityOf(Impact, Urgency)} or
 * {@link org.itm.core.priority.PriorityMatrix#assess(Impact, Urgency)} for an explained result.
 *
 * <p>On every scale level 1 is the most severe (impact 1 = largest, urgency 1 = most urgent, priority 1 = handle
 * first), following the ITIL habit of calling the top priority "P1".
 *
 * <pre>{@code
 * PriorityMatrix matrix = PriorityMatrix.itil3x3();
 * Priority p = matrix.priorityOf(matrix.impact("High"), matrix.urgency("Low"));   // Medium (3)
 * Priority same = matrix.priorityOf(1, 3);                                        // by levels
 * PriorityAssessment why = matrix.assess(matrix.impact(1), matrix.urgency(3));
 * String shown = why.explanation();   // impact High (1) x urgency Low (3) -> priority Medium (3) by cells[High][Low]
 * PriorityMatrix copy = PriorityMatrix.fromYaml(matrix.toYaml());                 // equal to matrix
 * }</pre>
 */
@NullMarked
package org.itm.core.priority;

import org.jspecify.annotations.NullMarked;
