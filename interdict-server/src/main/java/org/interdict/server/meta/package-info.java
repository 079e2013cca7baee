/** Operational endpoints: health, Prometheus metrics, the OpenAPI document. */
package org.interdict.server.meta;
