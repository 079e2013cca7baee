/**
 * Lists that stay current: the lists in force, updates and reloads, delta re-screening, the
 * webhook.
 */
package org.interdict.server.lists;
