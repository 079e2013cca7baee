/**
 * Test support shared by every module's tests (published as interdict-core's test-jar):
 * prerequisites, seeds.
 */
package org.interdict.testing;
