/** Re-screen runs after a change of the lists in force, and the hits they found or lost. */
package org.interdict.store.rescreen;
