/** Streaming readers that turn inventory files (osquery, CSV, CycloneDX, SPDX) and the local host into records. */
package org.interdict.inventory;
