/**
 * Immutable values shared by every stage of the flow: records read, parties listed, where each came
 * from.
 */
package org.interdict.model;
