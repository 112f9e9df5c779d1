/**
 * Change enablement: risk assessment, approvals with segregation of duties, lifecycle, change calendar, collision detection and iCalendar export.
 */
@NullMarked
package org.itm.operations.change;

import org.jspecify.annotations.NullMarked;
