/**
 * Validation: {@link org.itm.core.validation.Validation} over Jakarta Validation, and
 * {@link org.itm.core.validation.Checks} / {@link org.itm.core.validation.Violations} for compact constructors.
 */
@NullMarked
package org.itm.core.validation;

import org.jspecify.annotations.NullMarked;
