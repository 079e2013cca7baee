package org.interdict.cli.screen;

import java.io.Writer;

/** The output formats of {@code interdict screen}; ids are what {@code --format} accepts. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV;

  /**
   * Parses {@code --format} case-insensitively and lists the valid ids when the value is unknown.
   */
  static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown format '" + value + "'; expected one of table, json, csv");
    }
  }

  ResultWriter writer(Writer out) {
    return switch (this) {
      case TABLE -> new TableWriter(out);
      case JSON -> new JsonResultWriter(out);
      case CSV -> new CsvResultWriter(out);
    };
  }
}
