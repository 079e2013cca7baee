package org.interdict.spark.io;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code errors} output of every job: one row per input row or document that was skipped,
 * naming the file (or the partition when the file is unknown), the 1-based line (0 when unknown), a
 * stable error id and the message.
 */
public final class ErrorRows {
  public static final StructType SCHEMA =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("error", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false);

  private ErrorRows() {}

  public static Row of(String source, long line, String errorId, String message) {
    return RowFactory.create(source, line, errorId, message);
  }
}
