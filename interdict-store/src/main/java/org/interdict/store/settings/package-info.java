/** Site settings changed through the API (four-eyes review and the like), one value per key. */
package org.interdict.store.settings;
