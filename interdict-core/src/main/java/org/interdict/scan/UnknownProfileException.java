package org.interdict.scan;

import org.interdict.InterdictException;

/** A scan asked for an organization profile the catalog does not define. */
public final class UnknownProfileException extends InterdictException {
  public UnknownProfileException(String profile) {
    super(
        "unknown profile '"
            + profile
            + "'; see `interdict catalog list` for the profiles of the catalog");
  }
}
