/**
 * CVSS parsing and scoring internals; not for users.
 */
@NullMarked
package org.itm.risk.cvss.internal;

import org.jspecify.annotations.NullMarked;
