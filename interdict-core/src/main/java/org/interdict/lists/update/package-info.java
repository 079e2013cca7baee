/**
 * Fetches official list files over HTTPS, validates them with the real readers and stores accepted
 * snapshots.
 */
package org.interdict.lists.update;
