/**
 * Stored parties: the counterparties an organisation keeps screened, with their last screening
 * result.
 */
package org.interdict.store.parties;
