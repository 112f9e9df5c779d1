/** The stored form of problems and the detector's memory; not for users. */
@NullMarked
package org.itm.operations.problem.internal;

import org.jspecify.annotations.NullMarked;
