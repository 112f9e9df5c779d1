/**
 * Build-time annotations of the validation checks; not for use outside ITM.
 */
@NullMarked
package org.itm.core.validation.internal;

import org.jspecify.annotations.NullMarked;
