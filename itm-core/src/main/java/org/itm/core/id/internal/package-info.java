/** Implementation details of {@code org.itm.core.id}; not for users. */
@NullMarked
package org.itm.core.id.internal;

import org.jspecify.annotations.NullMarked;
