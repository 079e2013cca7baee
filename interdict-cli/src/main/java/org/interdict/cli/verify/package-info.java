/** {@code interdict verify} and the {@code --sign} option that scan, screen and rescreen share. */
package org.interdict.cli.verify;
