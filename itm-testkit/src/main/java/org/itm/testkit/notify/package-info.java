/**
 * The compatibility kit for {@link org.itm.core.notify.Notifier} implementations: extend
 * {@link org.itm.testkit.notify.NotifierCompatibilityKit} in your test sources.
 */
package org.itm.testkit.notify;
