/**
 * The OFAC legacy CSV format shared by the SDN and the consolidated non-SDN lists: one reader, one
 * mapper.
 */
package org.interdict.lists.ofac;
