/**
 * The SDK's single JSON/YAML configuration, {@link org.itm.core.json.ItmJson}.
 */
@NullMarked
package org.itm.core.json;

import org.jspecify.annotations.NullMarked;
