/**
 * Immutable dated list snapshots on disk: one folder per fetch, a manifest with SHA-256 per file,
 * verified on read.
 */
package org.interdict.lists.snapshot;
