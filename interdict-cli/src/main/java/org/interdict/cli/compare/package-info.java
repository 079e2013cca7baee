/**
 * The {@code interdict compare} command: score pairs of names (and their features) with the
 * screening scorers.
 */
package org.interdict.cli.compare;
