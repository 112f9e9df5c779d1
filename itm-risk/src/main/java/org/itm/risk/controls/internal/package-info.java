/** Implementation of the controls concept's OSCAL reading and writing; not for users. */
@NullMarked
package org.itm.risk.controls.internal;

import org.jspecify.annotations.NullMarked;
