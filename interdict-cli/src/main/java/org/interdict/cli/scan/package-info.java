/** The {@code interdict scan} command: inventories in, findings per regime out. */
package org.interdict.cli.scan;
