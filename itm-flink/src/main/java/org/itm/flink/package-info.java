/**
 * ITM's engines on Apache Flink: the only ITM module that depends on Flink.
 */
package org.itm.flink;
