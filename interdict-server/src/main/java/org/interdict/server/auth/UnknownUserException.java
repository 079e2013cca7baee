package org.interdict.server.auth;

/** A request named a user id that does not exist or is disabled; the API answers 404. */
public final class UnknownUserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownUserException(String userId) {
    super("no enabled user with id '" + userId + "'");
  }
}
