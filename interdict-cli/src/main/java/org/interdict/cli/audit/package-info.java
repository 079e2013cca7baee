/** {@code interdict audit verify}: walks the server's audit hash chain from the command line. */
package org.interdict.cli.audit;
