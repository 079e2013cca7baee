package org.interdict.screening.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interdict.screening.RetrievalGate;
import org.junit.jupiter.api.Test;

/**
 * What the delta re-screen's equality with a full re-screen rests on, checked (issue 10, ADR 005):
 * the candidate constants, and that delta sees the index only through its facade.
 */
class DeltaInvariantsTest {
  /**
   * The classes of {@code org.interdict.screening} delta may use: the facade and the public
   * screening API.
   */
  private static final Set<String> FACADE =
      Set.of(
          "CandidateBound",
          "IndexDrift",
          "QueryVocabulary",
          "RetrievalGate",
          "ScreeningIndex",
          "ScreeningQuery",
          "ScreeningTrace",
          "Match");

  @Test
  void crowdedPartiesPlusTwoMarginsStayUnderTheCap() {
    assertThat(BaselineEntry.CROWDED + ListSeeds.SEED_GROUPS * ListSeeds.NEW_CANDIDATE_MARGIN)
        .isLessThanOrEqualTo(RetrievalGate.MAX_CANDIDATES);
    assertThat(
            List.of(
                BaselineEntry.CROWDED,
                ListSeeds.SEED_GROUPS,
                ListSeeds.NEW_CANDIDATE_MARGIN,
                RetrievalGate.MAX_CANDIDATES))
        .containsExactly(96, 2, 16, 128);
  }

  @Test
  void deltaReachesTheIndexOnlyThroughTheFacade() throws IOException {
    Path sources = Path.of("src/main/java/org/interdict/screening/delta");
    assertThat(sources).as("run from the interdict-core module").isDirectory();
    Pattern screeningImport =
        Pattern.compile("import\\s+(?:static\\s+)?org\\.interdict\\.screening\\.(\\w+)");
    Set<String> used = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(sources)) {
      files = listing.filter(path -> path.toString().endsWith(".java")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Matcher matcher = screeningImport.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
    }
    assertThat(used).isNotEmpty().isSubsetOf(FACADE);
  }
}
