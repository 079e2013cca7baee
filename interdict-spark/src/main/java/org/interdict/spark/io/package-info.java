/**
 * Reading inputs from and writing outputs to any Hadoop file system, with the errors output every
 * job writes.
 */
package org.interdict.spark.io;
