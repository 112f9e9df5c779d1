/**
 * Assertions on rejected input: {@link org.itm.testkit.validation.ValidationFailures#violationsOf(Runnable)} returns
 * the violations an {@link org.itm.core.ItmValidationException} carries, each a property path and a message, for
 * tests of configuration documents, builders and records validated through
 * {@link org.itm.core.validation.Validation}:
 *
 * <pre>{@code
 * import static org.itm.testkit.validation.ValidationFailures.violationsOf;
 * import org.itm.core.Violation;
 * import org.itm.core.service.cmdb.IdentificationRule;
 *
 * List<Violation> found = violationsOf(() -> IdentificationRule.of(" "));
 * }</pre>
 */
@NullMarked
package org.itm.testkit.validation;

import org.jspecify.annotations.NullMarked;
