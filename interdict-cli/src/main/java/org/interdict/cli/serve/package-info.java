/** {@code interdict serve}: runs the HTTP API and dashboard until stopped. */
package org.interdict.cli.serve;
