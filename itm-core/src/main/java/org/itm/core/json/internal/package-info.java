/**
 * The guarded YAML reader behind {@link org.itm.core.json.ItmJson#yaml()}; not for users.
 */
@NullMarked
package org.itm.core.json.internal;

import org.jspecify.annotations.NullMarked;
