/** Implementation of the outbox and its dispatcher; not for users. */
@NullMarked
package org.itm.core.outbox.internal;

import org.jspecify.annotations.NullMarked;
