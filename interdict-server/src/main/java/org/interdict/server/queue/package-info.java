/**
 * The hit queue: every open hit of screenings and re-screens in one place, with assignment and bulk
 * decisions.
 */
package org.interdict.server.queue;
