/** Little-endian binary primitives and a generic record codec for the stored screening index. */
package org.interdict.screening.stored.binary;
