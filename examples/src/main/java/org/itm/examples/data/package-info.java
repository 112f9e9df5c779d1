/**
 * Public data shipped with the examples, so that they run from a fresh clone: the ServiceNow incident event log
 * (CC BY 4.0, source and licence next to the file in the resources).
 */
package org.itm.examples.data;
