/** Reads official restricted-party lists and the bundled curated snapshot into {@link org.interdict.model.Party}. */
package org.interdict.lists;
