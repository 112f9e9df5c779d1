/**
 * CMDB import: configuration items exported by a CMDB or a discovery tool (CSV or JSON) identified against the
 * items already known by configurable {@link org.itm.core.service.cmdb.IdentificationRule identification rules}
 * (serial number, host name and domain, cloud resource id, ...), reconciled attribute by attribute with a
 * precedence of sources, and reported as created, updated, unchanged and conflicting items with the reasons.
 * Start with {@link org.itm.core.service.cmdb.CmdbReconciler#builder()}.
 */
@NullMarked
package org.itm.core.service.cmdb;

import org.jspecify.annotations.NullMarked;
