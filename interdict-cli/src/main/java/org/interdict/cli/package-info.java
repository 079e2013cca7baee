/**
 * The {@code interdict} command line: one picocli subcommand per feature, exit codes mapped at this
 * edge.
 */
package org.interdict.cli;
