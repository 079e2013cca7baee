package org.interdict;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one method or type from the build's forbidden-API check (forbiddenapis, configured in the
 * parent POM). Only console entry points carry it: the place where the CLI or a Spark job binds its
 * report writer to stdout or its messages to stderr. Library code never does, and {@link #reason()}
 * says why each use is legitimate.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface SuppressForbidden {
  /** Why this code may use the forbidden API, e.g. "the CLI's report is its standard output". */
  String reason();
}
