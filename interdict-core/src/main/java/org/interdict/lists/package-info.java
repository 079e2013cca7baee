/**
 * Reads official restricted-party lists and the bundled curated snapshot into {@link
 * org.interdict.model.Party}: the contract every source package implements ({@link
 * org.interdict.lists.ListSource}), its one registry ({@link org.interdict.lists.ListSources},
 * ServiceLoader) and what every source shares; it names no source.
 */
package org.interdict.lists;
