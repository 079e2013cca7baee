/**
 * Review decisions on screening hits and findings, append-only; the latest per subject is the
 * current one.
 */
package org.interdict.store.reviews;
