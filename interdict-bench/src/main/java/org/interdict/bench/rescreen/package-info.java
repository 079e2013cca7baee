/** Delta re-screening harness: a million stored parties after the real weekly SDN change. */
package org.interdict.bench.rescreen;
