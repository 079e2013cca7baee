package org.interdict.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.model.SourceLocation;
import org.interdict.ownership.GraphIssue;
import org.interdict.ownership.OwnershipCsv;
import org.interdict.ownership.OwnershipGraph;
import org.interdict.ownership.UnreadableOwnershipException;

/**
 * Ownership CSV: the fuzzed bytes as a whole file, and as lines between two valid edges. The only
 * exception is an {@link UnreadableOwnershipException} naming the file (a missing header, or bytes
 * that are not UTF-8: the file is refused whole); a bad row becomes a {@link GraphIssue} naming
 * file and line.
 */
class OwnershipCsvFuzzTest {
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          "owner,owned,percent,relation,source\nFuzz Before Holding,Fuzz Target One,60,owns,registry-1\n");
  private static final byte[] AFTER =
      FuzzBytes.utf8("\nFuzz After Holding,Fuzz Target Two,,parent-of,registry-2\n");

  static {
    Logging.quietWhileFuzzing();
  }

  @FuzzTest(maxDuration = "20s")
  void readsEveryEdgeAroundABadRow(byte[] input) {
    read(input);
    Optional<OwnershipGraph> around = read(FuzzBytes.concat(BEFORE, input, AFTER));
    if (around.isEmpty()) {
      assertThat(FuzzBytes.isUtf8(input))
          .as("a file with a valid header is refused only for bytes not UTF-8")
          .isFalse();
      return;
    }
    assertThat(around.get().edges())
        .as("the edge before the fuzzed part")
        .anyMatch(edge -> edge.source().line() == 2 && edge.owner().equals("Fuzz Before Holding"));
    boolean afterRead =
        around.get().edges().stream()
            .anyMatch(
                edge ->
                    edge.owner().equals("Fuzz After Holding")
                        || edge.owned().equals("Fuzz After Holding"));
    if (!FuzzBytes.contains(input, '"')) {
      assertThat(afterRead)
          .as("the edge after a quote-free fuzzed part; issues %s", around.get().issues())
          .isTrue();
    } else if (!afterRead) {
      assertThat(around.get().issues())
          .as("an edge after a bad part is lost only with an issue")
          .isNotEmpty();
    }
  }

  private static Optional<OwnershipGraph> read(byte[] content) {
    Path file = ListChecks.write("ownership", "ownership.csv", content);
    try {
      OwnershipGraph graph = OwnershipCsv.read(file);
      for (GraphIssue issue : graph.issues()) {
        SourceLocation at = issue.location();
        if (issue.issueId().equals("malformed-ownership-row")
            || issue.issueId().equals("unknown-relation")
            || issue.issueId().equals("bad-percent")) {
          assertThat(at.file()).as("issue %s names its file", issue).isEqualTo(file.toString());
          assertThat(at.line()).as("issue %s names its line", issue).isPositive();
        }
      }
      return Optional.of(graph);
    } catch (UnreadableOwnershipException e) {
      assertThat(e.getMessage())
          .as("an unreadable-ownership message names the file")
          .contains(file.toString());
      return Optional.empty();
    }
  }
}
