package org.interdict.server.parties;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.interdict.server.http.ApiProblem;

/**
 * Request bodies sent as {@code text/csv}: read up to a limit and decoded as strict UTF-8 (a BOM is
 * dropped).
 */
public final class CsvBodies {
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private CsvBodies() {}

  /** Whether the request says it carries CSV. */
  public static boolean isCsv(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
  }

  public static String csv(Context ctx) {
    if (ctx.req().getContentLengthLong() > MAX_BYTES) {
      throw ApiProblem.payloadTooLarge("CSV bodies are limited to " + MAX_BYTES + " bytes");
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw ApiProblem.invalidParameter("cannot read the body: " + e.getMessage());
    }
    if (body.length > MAX_BYTES) {
      throw ApiProblem.payloadTooLarge("CSV bodies are limited to " + MAX_BYTES + " bytes");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw ApiProblem.invalidParameter("the CSV body is not valid UTF-8: " + e.getMessage());
    }
  }
}
