/** API keys: stored as SHA-256 hashes with their user, a name and a role, revocable. */
package org.interdict.store.keys;
