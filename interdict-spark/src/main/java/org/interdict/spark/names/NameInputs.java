package org.interdict.spark.names;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.io.InputFile;
import org.interdict.spark.io.NumberedLines;

/**
 * Reads the names to screen: CSV line by line (see {@link CsvNames}), Parquet and JSON lines
 * through Spark's own readers. For Parquet and JSON the id is the {@code --id-column} value or the
 * row's 1-based position in the order Spark reads the files; a JSON line that is not an object, or
 * a row without a name, becomes an error row.
 */
public final class NameInputs {
  public static final List<String> FORMATS = List.of("csv", "parquet", "json");
  private static final String CORRUPT = "_corrupt_record";

  private NameInputs() {}

  public static JavaRDD<NameInput> read(
      SparkSession spark,
      List<InputFile> files,
      String format,
      String column,
      String idColumn,
      FeatureColumnNames features,
      int partitions) {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(chosen)) {
      throw new SparkJobException(
          "--input-format must be one of " + FORMATS + ", was '" + format + "'");
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (chosen.equals("csv")) {
      CsvNames layout = CsvNames.of(files, column, idColumn, features, hadoop);
      return NumberedLines.read(context, files, partitions)
          .filter(line -> line.line() > 1 && !line.text().isEmpty())
          .map(layout::parse);
    }
    String[] uris = files.stream().map(InputFile::uri).toArray(String[]::new);
    Dataset<Row> table =
        spark
            .read()
            .format(chosen)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .load(uris);
    List<String> columns = Arrays.asList(table.columns());
    List<String> wantedColumns = new java.util.ArrayList<>(List.of(column));
    if (idColumn != null) {
      wantedColumns.add(idColumn);
    }
    features.given().forEach(given -> wantedColumns.add(given[0]));
    for (String wanted : wantedColumns) {
      if (!columns.contains(wanted)) {
        throw new SparkJobException(
            "input "
                + String.join(", ", files.stream().map(InputFile::name).toList())
                + " has no column '"
                + wanted
                + "'; its columns are "
                + columns);
      }
    }
    Column corrupt =
        columns.contains(CORRUPT) ? table.col(CORRUPT) : functions.lit(null).cast("string");
    Column id =
        idColumn == null ? functions.lit(null).cast("string") : table.col(idColumn).cast("string");
    Dataset<Row> selected =
        table.select(
            table.col(column).cast("string"),
            id,
            functions.input_file_name(),
            corrupt,
            feature(table, features.dob()),
            feature(table, features.country()),
            feature(table, features.identifier()));
    JavaRDD<NameInput> names =
        selected
            .javaRDD()
            .zipWithIndex()
            .map(
                pair -> {
                  Row row = pair._1();
                  String file = row.isNullAt(2) ? "" : row.getString(2);
                  if (!row.isNullAt(3)) {
                    return NameInput.bad(
                        file, 0, "malformed-input-row", "not a JSON object; skipping row");
                  }
                  if (row.isNullAt(0)) {
                    return NameInput.bad(
                        file,
                        0,
                        "malformed-input-row",
                        "no value in column '" + column + "'; skipping row");
                  }
                  String rowId = row.isNullAt(1) ? Long.toString(pair._2() + 1) : row.getString(1);
                  return NameInput.withFeatures(
                      rowId,
                      row.getString(0),
                      row.isNullAt(4) ? null : row.getString(4),
                      row.isNullAt(5) ? null : row.getString(5),
                      row.isNullAt(6) ? null : row.getString(6),
                      file,
                      0);
                });
    // ids are taken in read order first, so spreading the rows over more partitions cannot change
    // them
    return partitions > 0 ? names.repartition(partitions) : names;
  }

  /** A feature column as text, or a null one for a column not asked for. */
  private static Column feature(Dataset<Row> table, String column) {
    return column == null ? functions.lit(null).cast("string") : table.col(column).cast("string");
  }
}
