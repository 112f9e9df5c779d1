/** Branch and bound behind {@link org.itm.governance.selection.Selector}; not for use outside the selection package. */
@NullMarked
package org.itm.governance.selection.internal;

import org.jspecify.annotations.NullMarked;
