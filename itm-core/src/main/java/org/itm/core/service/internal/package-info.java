/** Implementation details of {@code org.itm.core.service}; not for users. */
@NullMarked
package org.itm.core.service.internal;

import org.jspecify.annotations.NullMarked;
