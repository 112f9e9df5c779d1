/** Implementation details of the stored alert correlator; not for users. */
@NullMarked
package org.itm.operations.alert.internal;

import org.jspecify.annotations.NullMarked;
