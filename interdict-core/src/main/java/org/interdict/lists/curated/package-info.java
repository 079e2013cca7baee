/**
 * The curated Kaspersky snapshot Interdict bundles ({@code interdict-curated}): public facts, not
 * an official list.
 */
package org.interdict.lists.curated;
