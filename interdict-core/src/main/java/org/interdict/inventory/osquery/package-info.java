/**
 * Reads osquery output: {@code osqueryi --json} arrays and osqueryd result logs (one JSON object
 * per line).
 */
package org.interdict.inventory.osquery;
