/** The BIS Denied Persons List tab-separated text file ({@code us-bis-dpl}). */
package org.interdict.lists.dpl;
