/** Implementation of CMDB import (CSV and JSON reading); not for users. */
@NullMarked
package org.itm.core.service.cmdb.internal;

import org.jspecify.annotations.NullMarked;
