/**
 * Audit log internals; not for users.
 */
@NullMarked
package org.itm.risk.audit.internal;

import org.jspecify.annotations.NullMarked;
