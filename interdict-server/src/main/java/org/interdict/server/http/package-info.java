/**
 * HTTP edge helpers: RFC 9457 problems, strict query parameters and JSON bodies, the route table.
 */
package org.interdict.server.http;
