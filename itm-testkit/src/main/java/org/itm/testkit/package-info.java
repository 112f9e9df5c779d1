/**
 * Compatibility kits for ITM's SPIs and test helpers, for integrators and for ITM's own modules.
 */
package org.itm.testkit;
