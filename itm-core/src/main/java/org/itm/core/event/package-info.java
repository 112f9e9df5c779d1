/**
 * Domain events and their in-process publication.
 */
@NullMarked
package org.itm.core.event;

import org.jspecify.annotations.NullMarked;
