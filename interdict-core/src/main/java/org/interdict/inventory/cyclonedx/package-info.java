/**
 * Reads CycloneDX 1.2-1.7 SBOMs, JSON and XML, streaming, with nested components named after their
 * parents.
 */
package org.interdict.inventory.cyclonedx;
