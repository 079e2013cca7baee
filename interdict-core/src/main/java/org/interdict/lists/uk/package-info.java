/**
 * The UK Sanctions List published by the FCDO ({@code uk-sanctions-list}), its XML read with StAX,
 * and its CSV.
 */
package org.interdict.lists.uk;
