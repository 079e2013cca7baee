/** Recording review decisions on screening hits and findings, and listing them. */
package org.interdict.server.reviews;
