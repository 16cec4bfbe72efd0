/**
 * The plain-Java twins of the suite programs in benchmarks/js: the same fourteen
 * algorithms, with the same classes, methods and data structures as the JS, so that
 * a twin's time is the reference every engine's time is divided by.
 * {@link dev.kindling.benchmarks.suite.JavaHarness} runs them with the JS harness's
 * command line and output format; its {@code PROGRAMS} list is the one registry.
 */
package dev.kindling.benchmarks.suite;
