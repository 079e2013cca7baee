/**
 * Record retention: the period (a site setting, cited to the rules it follows) and the scheduled
 * purge job.
 */
package org.interdict.server.retention;
