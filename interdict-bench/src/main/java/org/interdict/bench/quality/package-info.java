/** Screening quality: precision, recall and F1 on the labelled development set, per threshold. */
package org.interdict.bench.quality;
