/**
 * Ownership graphs of parties and the rules that extend a listing to owned, parent and affiliated
 * entities.
 */
package org.interdict.ownership;
