/**
 * Typed identifiers and time-ordered id generation (UUIDv7).
 */
@NullMarked
package org.itm.core.id;

import org.jspecify.annotations.NullMarked;
