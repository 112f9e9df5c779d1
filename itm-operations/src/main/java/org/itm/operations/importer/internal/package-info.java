/** Implementation details of the importers (CSV reading); not for users. */
@NullMarked
package org.itm.operations.importer.internal;

import org.jspecify.annotations.NullMarked;
