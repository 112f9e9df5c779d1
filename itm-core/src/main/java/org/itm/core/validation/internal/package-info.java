/**
 * Implementation of ITM's validation: the validators Jakarta Validation instantiates for ITM's constraints, and
 * the build-time annotations of the validation checks; not for users.
 */
@NullMarked
package org.itm.core.validation.internal;

import org.jspecify.annotations.NullMarked;
