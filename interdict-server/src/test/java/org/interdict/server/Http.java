package org.interdict.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A small HTTP client for the tests: JSON in and out, multipart uploads, any headers. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(int port) {
    this.base = "http://localhost:" + port;
  }

  record Response(int status, String contentType, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Response send(
      String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response get(String path, String key) {
    return send(
        "GET",
        path,
        key == null ? Map.of() : Map.of("Authorization", "Bearer " + key),
        HttpRequest.BodyPublishers.noBody());
  }

  Response postJson(String path, String key, String json) {
    return send(
        "POST",
        path,
        key == null
            ? Map.of("Content-Type", "application/json")
            : Map.of("Authorization", "Bearer " + key, "Content-Type", "application/json"),
        HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  /** A multipart upload: the file in field {@code file} plus text fields. */
  Response upload(String key, String fileName, byte[] content, Map<String, String> fields) {
    String boundary = "----interdict-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        "POST",
        "/api/v1/scans",
        Map.of(
            "Authorization",
            "Bearer " + key,
            "Content-Type",
            "multipart/form-data; boundary=" + boundary),
        HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
