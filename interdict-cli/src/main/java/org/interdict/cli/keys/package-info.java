/** {@code interdict keys}: site signing keys for signed reports and the audit checkpoints. */
package org.interdict.cli.keys;
