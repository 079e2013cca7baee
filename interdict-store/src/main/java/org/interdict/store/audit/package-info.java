/** The append-only audit trail: who did what to which subject, when. */
package org.interdict.store.audit;
