package org.interdict.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming pass gives the tree canonicalizer's digests, in any member order, and chunks long
 * arrays.
 */
class StreamingDigestTest {
  @TempDir Path dir;

  private ReportDigest stream(String json, int chunk) throws Exception {
    Path file = dir.resolve("r.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return StreamingDigest.of(file, chunk, ReportEvidence.MEMBERS);
  }

  @Test
  void digestAndPartsAreThoseOfTheTree() throws Exception {
    String[] documents = {
      "{\"z\": 1, \"a\": {\"y\": [3, 2.50, -0.0, 1e21], \"b\": \"\\u00e9\\n\"}, \"\\u20ac\": null, \"\\ud83d\\ude00\": true,"
          + " \"findings\": [{\"id\": \"F-1\", \"s\": {\"q\": 1, \"p\": 2}}, [1, {\"b\": 1, \"a\": 2}], \"x\"],"
          + " \"tool\": {\"version\": \"1.0\"}, \"dup\": 1, \"dup\": 2, \"empty\": {}, \"none\": []}",
      "[{\"b\": 1, \"a\": [1, 2]}, 3, [4, [5]]]",
      "\"just a string\"",
      "12345678901234567890123",
      "{}",
    };
    for (String json : documents) {
      JsonNode tree = ReportSigner.JSON.readTree(json);
      ReportDigest streamed = stream(json, StreamingDigest.UNCHUNKED);
      assertThat(streamed.sha256())
          .as(json)
          .isEqualTo(Signatures.sha256(JsonCanonicalizer.canonicalBytes(tree)));
      assertThat(streamed.parts())
          .as(json)
          .containsExactlyInAnyOrderEntriesOf(ReportParts.of(tree));
    }
  }

  @Test
  void theEvidenceMembersAreKeptAndLabelsAreThoseOfTheIds() throws Exception {
    ReportDigest d =
        stream(
            "{\"tool\": {\"version\": \"1.0\"}, \"findings\": [{\"id\": \"F-1\"}],"
                + " \"summary\": {\"regime\": \"r\", \"listId\": \"l\"}}",
            StreamingDigest.CHUNK);
    assertThat(d.kept().path("tool").path("version").asText()).isEqualTo("1.0");
    assertThat(d.kept().has("findings")).isFalse();
    assertThat(d.labels())
        .containsEntry("/findings/0", " (id F-1)")
        .containsEntry("/summary", " (regime r)");
  }

  @Test
  void aLongArrayIsDigestedInChunksOfItsCanonicalSubArrays() throws Exception {
    StringBuilder json = new StringBuilder("{\"findings\": [");
    for (int i = 0; i < 7; i++) {
      json.append(i > 0 ? ", " : "")
          .append("{\"id\": \"F-")
          .append(i)
          .append("\", \"n\": ")
          .append(i)
          .append('}');
    }
    json.append("], \"few\": [1, 2]}");
    JsonNode tree = ReportSigner.JSON.readTree(json.toString());
    ReportDigest d = stream(json.toString(), 3);
    assertThat(d.sha256()).isEqualTo(Signatures.sha256(JsonCanonicalizer.canonicalBytes(tree)));
    assertThat(d.parts().keySet())
        .containsExactlyInAnyOrder(
            "/findings",
            "/findings/0-2",
            "/findings/3-5",
            "/findings/6-6",
            "/few",
            "/few/0",
            "/few/1");
    ArrayNode middle = ReportSigner.JSON.createArrayNode();
    for (int i = 3; i <= 5; i++) {
      middle.add(tree.path("findings").get(i));
    }
    assertThat(d.parts().get("/findings/3-5"))
        .isEqualTo(Signatures.sha256(JsonCanonicalizer.canonicalBytes(middle)));
  }

  @Test
  void notJsonIsNamedWithItsPlace() throws Exception {
    assertThatThrownBy(() -> stream("{\"a\": [1, 2,, 3]}", StreamingDigest.CHUNK))
        .isInstanceOf(VerifyException.class)
        .hasMessageContaining("not JSON at line 1, column");
    assertThatThrownBy(() -> stream("", StreamingDigest.CHUNK))
        .isInstanceOf(VerifyException.class)
        .hasMessageContaining("the file is empty");
    Path utf16 = dir.resolve("utf16.json");
    Files.writeString(utf16, "{\"a\": [1]}", StandardCharsets.UTF_16);
    assertThatThrownBy(() -> StreamingDigest.of(utf16, 3, Set.of()))
        .isInstanceOf(VerifyException.class)
        .hasMessageContaining("not UTF-8 JSON");
    assertThatThrownBy(() -> StreamingDigest.of(dir.resolve("absent.json"), 3, Set.of()))
        .isInstanceOf(VerifyException.class)
        .hasMessageContaining("cannot read");
  }
}
