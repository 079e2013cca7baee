package org.interdict.inventory;

import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/**
 * Receives what a reader reads, one record or error at a time, so that no reader holds a whole
 * inventory in memory. Called from the reading thread only; implementations need not be
 * thread-safe.
 */
public interface InventorySink {
  void record(SoftwareRecord record);

  void error(InputError error);
}
