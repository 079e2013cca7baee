/**
 * A yente-compatible matching API ({@code POST /match/{dataset}}) over the screening index in
 * force.
 */
package org.interdict.server.match;
