package org.interdict.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.interdict.lists.snapshot.FileDigests;

/**
 * The RFC 8785 canonical SHA-256 of a JSON file and its part digests in bounded memory (ADR 008,
 * decision 11). The canonical bytes are exactly {@link JsonCanonicalizer}'s; only their order of
 * production differs. RFC 8785 sorts an object's members, so the root object and the objects
 * directly inside it are first scanned for the byte offset of each member's value (skipping the
 * value), then each value is read again from its offset in sorted-name order. Arrays keep their
 * order and stream element by element; a value two levels deep (one finding) is the only thing read
 * as a tree. Memory is therefore one finding plus the member names, whatever the report's size.
 *
 * <p>Part digests are those of {@link ReportParts}, except that an array inside a top-level member
 * with more than {@code chunk} elements gets one digest per run of {@code chunk} elements, named
 * {@code /findings/256-511}: the RFC 8785 SHA-256 of the sub-array {@code [e256,...,e511]}. That
 * keeps a signature of a million findings at a few thousand digests instead of a million, and a
 * failure still names 256 findings to look at.
 */
public final class StreamingDigest {
  /** Elements per chunk digest in signatures of format 2. */
  public static final int CHUNK = 256;

  /** For signatures of format 1: one digest per element, however many. */
  public static final int UNCHUNKED = Integer.MAX_VALUE;

  private static final JsonFactory FACTORY = ReportSigner.JSON.getFactory();
  private static final String[] LABEL_FIELDS = {"id", "inputId", "regime", "listId"};
  private static final Set<String> LABELLING = Set.of(LABEL_FIELDS);

  private final Path file;
  private final int chunk;
  private final Set<String> keep;
  private final Sink sink = new Sink();
  private final Map<String, String> parts = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final ObjectNode kept = ReportSigner.JSON.createObjectNode();

  private StreamingDigest(Path file, int chunk, Set<String> keep) {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be positive: " + chunk);
    }
    this.file = file;
    this.chunk = chunk;
    this.keep = Set.copyOf(keep);
  }

  /**
   * Digests {@code file}; the top-level members named in {@code keep} are also returned as trees
   * (they must be small: the evidence members). A file that is not JSON fails naming where.
   */
  public static ReportDigest of(Path file, int chunk, Set<String> keep) {
    StreamingDigest digest = new StreamingDigest(file, chunk, keep);
    try {
      return digest.run();
    } catch (JsonProcessingException e) {
      throw new VerifyException(
          file + ": not JSON " + digest.where(e) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new VerifyException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private ReportDigest run() throws IOException {
    MessageDigest whole = FileDigests.newSha256();
    sink.push(whole);
    at(0, p -> value(p, 0, 0, ""));
    return new ReportDigest(hex(whole), parts, labels, kept);
  }

  /**
   * Where each open parser starts in the file, innermost last: a parse error is told against its
   * own parser.
   */
  private final ArrayDeque<Long> starts = new ArrayDeque<>();

  private String where(JsonProcessingException e) {
    if (e.getLocation() == null || starts.isEmpty()) {
      return "";
    }
    if (starts.peekLast() == 0) {
      return "at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    return "at byte " + (starts.peekLast() + e.getLocation().getByteOffset());
  }

  /** Runs {@code body} on a parser positioned on the value at {@code offset}. */
  private <T> T at(long offset, ParserBody<T> body) throws IOException {
    FileChannel channel = FileChannel.open(file);
    channel.position(offset);
    starts.addLast(offset);
    try (JsonParser p = FACTORY.createParser(Channels.newInputStream(channel))) {
      if (p.nextToken() == null) {
        throw new VerifyException(
            file
                + ": not JSON: "
                + (offset == 0 ? "the file is empty" : "no value at byte " + offset));
      }
      T result = body.run(p);
      starts.removeLast();
      return result;
    }
  }

  @FunctionalInterface
  private interface ParserBody<T> {
    T run(JsonParser p) throws IOException;
  }

  /**
   * Writes the canonical bytes of the value at {@code p}'s current token, {@code at} the file
   * offset of p's start.
   */
  private JsonNode value(JsonParser p, int depth, long at, String pointer) throws IOException {
    JsonToken token = p.currentToken();
    if (depth >= 2 || token.isScalarValue()) {
      JsonNode node = ReportSigner.JSON.readTree(p);
      sink.write(JsonCanonicalizer.canonicalBytes(node));
      return node;
    }
    if (token == JsonToken.START_ARRAY) {
      array(p, depth, at, pointer);
    } else {
      object(p, depth, at, pointer);
    }
    return null;
  }

  private void object(JsonParser p, int depth, long at, String pointer) throws IOException {
    // TreeMap on String orders by UTF-16 code units (RFC 8785 section 3.2.3); a repeated name keeps
    // its last value,
    // as Jackson's tree does. A scalar is read at once (a parser opened on a number would want a
    // space after it);
    // an array or object is remembered by its offset and read again below.
    Map<String, Object> members = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken token = p.nextToken();
      if (token.isScalarValue()) {
        members.put(name, ReportSigner.JSON.readTree(p));
      } else {
        long offset = p.currentTokenLocation().getByteOffset();
        if (offset < 0) {
          // only a byte-based (UTF-8) parser knows byte offsets; RFC 8259 section 8.1 asks for
          // UTF-8 anyway
          throw new VerifyException(file + ": not UTF-8 JSON");
        }
        members.put(name, at + offset);
        p.skipChildren();
      }
    }
    sink.write('{');
    ObjectNode named =
        ReportSigner.JSON.createObjectNode(); // the member's textual children, for its label
    boolean first = true;
    for (Map.Entry<String, Object> member : members.entrySet()) {
      if (!first) {
        sink.write(',');
      }
      first = false;
      StringBuilder name = new StringBuilder();
      JsonCanonicalizer.writeString(member.getKey(), name);
      sink.write(name.append(':').toString().getBytes(StandardCharsets.UTF_8));
      String child = pointer + "/" + ReportParts.escape(member.getKey());
      JsonNode node;
      if (member.getValue() instanceof JsonNode scalar) {
        node = scalarPart(scalar, child);
      } else {
        long offset = (Long) member.getValue();
        node = at(offset, again -> part(again, depth + 1, offset, child));
        if (depth == 0 && keep.contains(member.getKey())) {
          kept.set(member.getKey(), at(offset, again -> ReportSigner.JSON.readTree(again)));
        }
      }
      if (depth == 0 && keep.contains(member.getKey()) && node != null) {
        kept.set(member.getKey(), node);
      }
      if (node != null && node.isTextual() && LABELLING.contains(member.getKey())) {
        named.set(member.getKey(), node);
      }
    }
    sink.write('}');
    if (depth == 1 && !label(named).isEmpty()) {
      labels.put(pointer, label(named));
    }
  }

  private void array(JsonParser p, int depth, long at, String pointer) throws IOException {
    sink.write('[');
    int index = 0;
    MessageDigest run = null;
    List<String[]> elements =
        new ArrayList<>(); // the first chunk's own digests, used if there is one chunk only
    List<String[]> ranges = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (index > 0) {
        sink.write(',');
      }
      String child = pointer + "/" + index;
      if (depth == 0) {
        part(p, depth + 1, at, child);
        index++;
        continue;
      }
      if (index % chunk == 0) {
        run = FileDigests.newSha256();
        run.update((byte) '[');
      } else {
        run.update((byte) ',');
      }
      sink.push(run);
      MessageDigest element = index < chunk ? FileDigests.newSha256() : null;
      if (element != null) {
        sink.push(element);
      }
      JsonNode node = value(p, depth + 1, at, child);
      if (element != null) {
        sink.pop();
        elements.add(new String[] {child, hex(element), label(node)});
      }
      sink.pop();
      if (index % chunk == chunk - 1) {
        ranges.add(range(pointer, index - chunk + 1, index, run));
        run = null;
      }
      index++;
    }
    sink.write(']');
    if (run != null) {
      ranges.add(range(pointer, index - 1 - (index - 1) % chunk, index - 1, run));
    }
    for (String[] entry : index > chunk ? ranges : elements) {
      parts.put(entry[0], entry[1]);
      if (!entry[2].isEmpty()) {
        labels.put(entry[0], entry[2]);
      }
    }
  }

  private static String[] range(String pointer, int from, int to, MessageDigest run) {
    run.update((byte) ']');
    return new String[] {pointer + "/" + from + "-" + to, hex(run), ""};
  }

  /**
   * The value at {@code p} as a part: its own digest is taken while its bytes flow into the
   * enclosing ones.
   */
  private JsonNode part(JsonParser p, int depth, long at, String pointer) throws IOException {
    MessageDigest digest = FileDigests.newSha256();
    parts.put(pointer, "");
    sink.push(digest);
    JsonNode node = value(p, depth, at, pointer);
    sink.pop();
    parts.put(pointer, hex(digest));
    if (node != null && !label(node).isEmpty()) {
      labels.put(pointer, label(node));
    }
    return node;
  }

  private JsonNode scalarPart(JsonNode scalar, String pointer) {
    byte[] bytes = JsonCanonicalizer.canonicalBytes(scalar);
    sink.write(bytes);
    parts.put(pointer, Signatures.sha256(bytes));
    return scalar;
  }

  static String label(JsonNode part) {
    if (part == null) {
      return "";
    }
    for (String field : LABEL_FIELDS) {
      if (part.path(field).isTextual()) {
        return " (" + field + " " + part.path(field).asText() + ")";
      }
    }
    return "";
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Canonical bytes go to every digest that is open: the whole report's, the member's, the
   * element's.
   */
  private static final class Sink {
    private final List<MessageDigest> open = new ArrayList<>();

    void push(MessageDigest digest) {
      open.add(digest);
    }

    void pop() {
      open.remove(open.size() - 1);
    }

    void write(byte[] bytes) {
      for (MessageDigest d : open) {
        d.update(bytes);
      }
    }

    void write(char c) {
      for (MessageDigest d : open) {
        d.update((byte) c);
      }
    }
  }
}
