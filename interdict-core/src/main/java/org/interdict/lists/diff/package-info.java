/**
 * Differences between two loads of a list: parties added, removed, and changed field by field,
 * keyed by party id.
 */
package org.interdict.lists.diff;
