/**
 * The versioned data catalog of regimes, organization profiles, vendors and products, loaded from
 * YAML.
 */
package org.interdict.catalog;
