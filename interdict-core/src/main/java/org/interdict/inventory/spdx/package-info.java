/**
 * Reads SPDX 2.2 and 2.3 documents in JSON, streaming, without the SPDX library (it fetches licence
 * lists).
 */
package org.interdict.inventory.spdx;
