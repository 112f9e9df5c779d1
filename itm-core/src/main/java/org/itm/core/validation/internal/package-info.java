/**
 * Implementation of ITM's constraints (the validators Jakarta Validation instantiates); not for users.
 */
@NullMarked
package org.itm.core.validation.internal;

import org.jspecify.annotations.NullMarked;
