/**
 * Delta re-screening: after a list update, re-screen only the stored parties the changed entries
 * can affect.
 */
package org.interdict.screening.delta;
