package org.interdict.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON request body into a record: at most {@link #MAX_BYTES} (else 413), {@code
 * application/json} (else 415), well-formed (else 400 {@code malformed-json}), with no unknown
 * field (else 400 {@code unknown-parameter}). Thread-safe.
 */
public final class JsonBodies {
  public static final int MAX_BYTES = 1024 * 1024;
  private final ObjectMapper mapper;

  public JsonBodies(ObjectMapper mapper) {
    this.mapper =
        mapper
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiProblem(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "send the body as application/json, was "
              + (contentType == null ? "no content type" : contentType));
    }
    byte[] body = bytes(ctx);
    if (body.length == 0) {
      throw new ApiProblem(
          400,
          "malformed-json",
          "Malformed JSON",
          "the request body is empty; expected a JSON object");
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new ApiProblem(
            400, "malformed-json", "Malformed JSON", "expected a JSON object, was null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiProblem.unknownParameter(
          "unknown JSON field '"
              + e.getPropertyName()
              + "'; known fields: "
              + e.getKnownPropertyIds());
    } catch (MismatchedInputException e) {
      throw ApiProblem.invalidParameter(
          "JSON field '" + path(e) + "' has the wrong type: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new ApiProblem(
          400,
          "malformed-json",
          "Malformed JSON",
          "the body is not valid JSON: " + e.getOriginalMessage() + location(e));
    } catch (IOException e) {
      throw new ApiProblem(
          400, "malformed-json", "Malformed JSON", "cannot read the body: " + e.getMessage());
    }
  }

  private static String path(MismatchedInputException e) {
    StringBuilder path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(body)" : path.toString();
  }

  private static String location(JsonProcessingException e) {
    var at = e.getLocation();
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** The body, read up to the limit whatever Content-Length says. */
  private static byte[] bytes(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new ApiProblem(
          400, "malformed-json", "Malformed JSON", "cannot read the body: " + e.getMessage());
    }
  }

  private static ApiProblem tooLarge() {
    return ApiProblem.payloadTooLarge("JSON bodies are limited to " + MAX_BYTES + " bytes");
  }
}
