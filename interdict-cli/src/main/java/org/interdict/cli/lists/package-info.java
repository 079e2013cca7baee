/**
 * {@code interdict lists}: update, import, status and diff of the dated list snapshots in the data
 * directory.
 */
package org.interdict.cli.lists;
