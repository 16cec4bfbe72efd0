/**
 * JMH benchmarks. Each class measures one question in one run, with the reference it is
 * compared to as a parameter value of the same benchmark (e.g. inline caches on and off).
 */
package dev.kindling.benchmarks;
