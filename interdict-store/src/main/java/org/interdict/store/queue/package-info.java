/** Who works on which hit of the hit queue. */
package org.interdict.store.queue;
