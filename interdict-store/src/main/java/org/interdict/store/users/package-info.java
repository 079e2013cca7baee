/**
 * Users: the people (or services) API keys and sessions belong to, created by an admin or at a
 * first single sign-on.
 */
package org.interdict.store.users;
