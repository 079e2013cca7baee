package org.interdict.cli.screen;

import org.interdict.screening.ScreeningQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --scorer ID}, shared by {@code screen} and {@code compare}. Whether an id is known is
 * decided by {@link ScreeningQuery#requireScorer} alone; picocli turns its refusal into a usage
 * error (exit 2) naming the option.
 */
public final class ScorerOption {
  @Option(
      names = "--scorer",
      paramLabel = "ID",
      converter = Known.class,
      description =
          "entity-v1 (names plus birth dates, countries, identifiers), entity-v2 (entity-v1 with"
              + " person- and organization-name rules: more accurate, slower) or aligned-tokens-v1"
              + " (names only) (default: ${DEFAULT-VALUE}).")
  String scorer = ScreeningQuery.DEFAULT_SCORER;

  public String id() {
    return scorer;
  }

  /** Accepts the ids {@link ScreeningQuery#requireScorer} accepts. */
  static final class Known implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return ScreeningQuery.requireScorer(value);
      } catch (org.interdict.InvalidValueException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
