package org.interdict.spark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.spark.SparkJobException;

/**
 * The output folder of a job: {@code OUT/<dataset>} in the chosen format (Parquet, CSV with a
 * header, or JSON lines) plus small files such as {@code OUT/summary.json}. An existing output is
 * never overwritten, and that is checked before the job starts.
 */
public final class Outputs {
  private final String root;
  private final String format;

  private Outputs(String root, String format) {
    this.root = root;
    this.format = format;
  }

  /**
   * @throws SparkJobException for a format outside {@code allowed} or an output folder that already
   *     exists
   */
  public static Outputs at(String root, String format, List<String> allowed, Configuration hadoop) {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!allowed.contains(chosen)) {
      throw new SparkJobException(
          "--output-format must be one of " + allowed + ", was '" + format + "'");
    }
    try {
      Path path = new Path(root);
      if (path.getFileSystem(hadoop).exists(path)) {
        throw new SparkJobException(
            "output " + root + " exists already; give a new path (nothing is overwritten)");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new SparkJobException("output " + root + ": cannot be checked: " + e.getMessage(), e);
    }
    return new Outputs(root, chosen);
  }

  public String format() {
    return format;
  }

  /** Writes text lines as they are, for example one JSON document per line. */
  public void writeLines(String dataset, Dataset<String> lines) {
    lines.write().mode("errorifexists").text(path(dataset));
  }

  public String path(String dataset) {
    return root + "/" + dataset;
  }

  public void write(String dataset, Dataset<Row> rows) {
    var writer = (format.equals("csv") ? defused(rows) : rows).write().mode("errorifexists");
    switch (format) {
      case "csv" -> writer.option("header", "true").option("escape", "\"").csv(path(dataset));
      case "json" -> writer.json(path(dataset));
      default -> writer.parquet(path(dataset));
    }
  }

  /**
   * Every text cell through the project's formula-safe CSV rule, so a spreadsheet never runs a
   * cell.
   */
  private static Dataset<Row> defused(Dataset<Row> rows) {
    UserDefinedFunction defuse =
        functions.udf(
            (UDF1<String, String>) cell -> cell == null ? null : SafeCsvWriter.defuse(cell),
            DataTypes.StringType);
    Column[] columns = new Column[rows.schema().fields().length];
    for (int i = 0; i < columns.length; i++) {
      var field = rows.schema().fields()[i];
      Column column = rows.col(field.name());
      columns[i] =
          field.dataType().equals(DataTypes.StringType)
              ? defuse.apply(column).as(field.name())
              : column;
    }
    return rows.select(columns);
  }

  /** Writes one small UTF-8 file beside the datasets, such as the scan summary. */
  public void writeText(String file, String text, Configuration hadoop) {
    Path path = new Path(root, file);
    try (OutputStream out = path.getFileSystem(hadoop).create(path, false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SparkJobException("output " + path + ": cannot be written: " + e.getMessage(), e);
    }
  }
}
