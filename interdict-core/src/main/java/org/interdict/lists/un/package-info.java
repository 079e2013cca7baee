/**
 * The UN Security Council Consolidated List XML ({@code un-sc-consolidated}), read with StAX and no
 * DTD support.
 */
package org.interdict.lists.un;
