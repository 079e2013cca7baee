/**
 * Reads the software installed on the machine Interdict runs on: dpkg, rpm, macOS apps, Windows
 * uninstall keys.
 */
package org.interdict.inventory.host;
