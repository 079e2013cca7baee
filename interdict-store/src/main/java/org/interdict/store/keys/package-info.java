/** API keys: stored as SHA-256 hashes with a name and a role, revocable. */
package org.interdict.store.keys;
