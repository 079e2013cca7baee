package org.interdict.cli.screen;

import java.io.Writer;

/** The output formats of {@code interdict screen}; ids are what {@code --format} accepts. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV;

  ResultWriter writer(Writer out) {
    return switch (this) {
      case TABLE -> new TableWriter(out);
      case JSON -> new JsonResultWriter(out);
      case CSV -> new CsvResultWriter(out);
    };
  }
}
