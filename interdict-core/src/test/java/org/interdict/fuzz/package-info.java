/**
 * Jazzer fuzz targets ({@code @FuzzTest}) for every reader of outside data: inventories, lists,
 * ownership CSV, the catalog and the name pipeline. Each runs as a plain JUnit test on its
 * committed corpus and fuzzes with {@code JAZZER_FUZZ=1}; see docs/fuzzing.md.
 */
package org.interdict.fuzz;
