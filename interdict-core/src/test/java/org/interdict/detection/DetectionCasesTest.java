package org.interdict.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.interdict.catalog.CatalogLoader;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of detection-cases.csv, written from the catalog facts independently of this code: the
 * record must be recognized as the expected product in the expected context, or not at all.
 */
class DetectionCasesTest {
  private static final Detector DETECTOR = Detector.of(CatalogLoader.bundled());

  static Stream<Arguments> cases() {
    List<Map<String, String>> rows = CaseTables.read("/catalog/detection-cases.csv");
    return rows.stream().map(row -> Arguments.of(row.get("case"), row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void detectsTheExpectedProductAndContext(String name, Map<String, String> row) {
    SoftwareRecord record =
        SoftwareRecord.builder(kind(row.get("kind")), SourceLocation.ofLine("cases.csv", 1))
            .name(row.get("name"))
            .publisher(row.get("publisher"))
            .version(row.get("version"))
            .bundleId(row.get("bundle_id"))
            .packageName(row.get("package_name"))
            .purl(row.get("purl"))
            .cpe(row.get("cpe"))
            .path(row.get("path"))
            .parentName(row.get("parent_name"))
            .build();

    Optional<Detection> detection = DETECTOR.detect(record);

    String expected = row.get("expected_product");
    if (expected.isEmpty()) {
      assertThat(detection).as("no product expected for %s", record).isEmpty();
      return;
    }
    assertThat(detection).as("a detection for %s", record).isPresent();
    assertThat(detection.get().product().id()).isEqualTo(expected);
    assertThat(detection.get().context().id()).isEqualTo(row.get("expected_context"));
    assertThat(detection.get().evidence()).isNotEmpty();
  }

  private static RecordKind kind(String id) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown record kind in cases: " + id);
  }
}
