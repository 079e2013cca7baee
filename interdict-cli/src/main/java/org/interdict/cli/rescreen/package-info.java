/**
 * The {@code interdict rescreen} command: delta re-screening of stored parties between two list
 * versions.
 */
package org.interdict.cli.rescreen;
