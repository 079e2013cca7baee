package org.interdict.inventory;

import java.util.ArrayList;
import java.util.List;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/** Keeps everything a reader sends, in order, for tests. */
public final class CollectingSink implements InventorySink {
  public final List<SoftwareRecord> records = new ArrayList<>();
  public final List<InputError> errors = new ArrayList<>();

  /** Records and errors interleaved in the order they arrived. */
  public final List<Object> events = new ArrayList<>();

  @Override
  public void record(SoftwareRecord record) {
    records.add(record);
    events.add(record);
  }

  @Override
  public void error(InputError error) {
    errors.add(error);
    events.add(error);
  }

  public List<String> names() {
    return records.stream().map(SoftwareRecord::name).toList();
  }

  public List<String> errorIds() {
    return errors.stream().map(InputError::errorId).toList();
  }
}
