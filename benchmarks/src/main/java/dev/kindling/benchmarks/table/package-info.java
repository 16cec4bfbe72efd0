/**
 * The suite table and the tier report behind {@code benchmarks/suite.sh}: start at
 * {@link dev.kindling.benchmarks.table.SuiteTable} (one program on one engine at a time, in a
 * child process, {@link dev.kindling.benchmarks.table.SuiteEngine}), whose harness lines
 * {@link dev.kindling.benchmarks.table.HarnessOutput} reads; {@code --tier-report} reads the
 * optimizing tier's {@code --trace-opt}/{@code --trace-deopt} lines with
 * {@link dev.kindling.benchmarks.table.TierTrace} and prints
 * {@link dev.kindling.benchmarks.table.TierReport}.
 */
package dev.kindling.benchmarks.table;
