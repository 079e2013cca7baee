/**
 * Configuration: interdict.yaml and INTERDICT_* variables as option defaults, the config and
 * completion commands.
 */
package org.interdict.cli.config;
