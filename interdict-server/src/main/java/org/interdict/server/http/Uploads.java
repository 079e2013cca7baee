package org.interdict.server.http;

/** Recognises the multipart parser's size errors, so an oversized upload is a 413 and not a 500. */
public final class Uploads {
  private Uploads() {}

  /** A 413 problem when {@code e} (or a cause) reports an exceeded multipart limit, else null. */
  public static ApiProblem tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("exceeds max")
              || message.contains("exceeds maximum")
              || message.contains("Request exceeds")
              || message.contains("too large"))) {
        return ApiProblem.payloadTooLarge(
            "the upload is larger than the server accepts: " + message);
      }
    }
    return null;
  }
}
