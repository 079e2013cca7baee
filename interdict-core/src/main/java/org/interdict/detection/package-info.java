/** Recognizes catalog products in inventory records, with the evidence for each recognition. */
package org.interdict.detection;
