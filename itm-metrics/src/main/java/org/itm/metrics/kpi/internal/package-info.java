/** Implementation of the KPI engine: compiled definitions, partial states and grouping tables. Not for users. */
@NullMarked
package org.itm.metrics.kpi.internal;

import org.jspecify.annotations.NullMarked;
