/**
 * Identity governance: identities, accounts, roles and entitlements ({@link org.itm.risk.identity.AccessModel});
 * findings (orphaned and dormant accounts, segregation-of-duties violations also through nested roles, excessive
 * privilege versus peers); access certification campaigns; joiner/mover/leaver events turned into access changes
 * by birthright rules.
 */
@NullMarked
package org.itm.risk.identity;

import org.jspecify.annotations.NullMarked;
