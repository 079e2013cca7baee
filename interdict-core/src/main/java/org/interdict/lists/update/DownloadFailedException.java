package org.interdict.lists.update;

import java.net.URI;
import org.interdict.InterdictException;

/**
 * A list file could not be fetched: HTTP error status, timeout, cut connection, oversize body,
 * refused URL.
 */
public class DownloadFailedException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public DownloadFailedException(URI url, String problem) {
    super(url + ": " + problem);
  }

  public DownloadFailedException(URI url, String problem, Throwable cause) {
    super(url + ": " + problem, cause);
  }
}
