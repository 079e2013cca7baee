/**
 * The EU Financial Sanctions Files consolidated list ({@code eu-fsf}), XML 1.1 read with StAX, and
 * its CSV variant.
 */
package org.interdict.lists.eu;
