/**
 * Evaluates, as of a date and for an organization profile, what each regime requires of a detected
 * product.
 */
package org.interdict.policy;
