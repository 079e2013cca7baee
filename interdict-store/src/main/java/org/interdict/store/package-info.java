/**
 * Persistence for the server: the database (SQLite file or PostgreSQL), its migrations and shared
 * helpers.
 */
package org.interdict.store;
