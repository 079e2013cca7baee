package org.interdict.server.screening;

/** One name of a batch with the caller's id for it. */
record NamedQuery(String id, String name) {}
