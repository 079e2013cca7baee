/**
 * {@code interdict replay}: re-runs a past scan or screening from the evidence it names and
 * compares verdicts.
 */
package org.interdict.cli.replay;
