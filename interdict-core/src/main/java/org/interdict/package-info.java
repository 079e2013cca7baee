/**
 * Interdict: find prohibited vendors' software in inventories and screen parties against restricted
 * lists.
 */
package org.interdict;
