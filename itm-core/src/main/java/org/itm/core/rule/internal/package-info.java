/**
 * Implementation of the rule engine: condition combinators, the definition reader and writer, and the compiler
 * from definitions to conditions. Not for users; use {@link org.itm.core.rule} instead.
 */
@NullMarked
package org.itm.core.rule.internal;

import org.jspecify.annotations.NullMarked;
