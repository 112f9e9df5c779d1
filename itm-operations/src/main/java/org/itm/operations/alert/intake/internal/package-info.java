/** Implementation details of the alert connectors (JSON field access, timestamps); not for users. */
@NullMarked
package org.itm.operations.alert.intake.internal;

import org.jspecify.annotations.NullMarked;
