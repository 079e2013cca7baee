/**
 * The {@code interdict screen} command: screen names or a CSV file of names against the loaded
 * lists.
 */
package org.interdict.cli.screen;
