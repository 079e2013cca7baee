/**
 * Jackson settings shared by the JSON-based readers, so that every reader streams and fails the
 * same way.
 */
package org.interdict.inventory.json;
