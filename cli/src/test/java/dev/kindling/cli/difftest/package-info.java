/**
 * The differential test of the execution modes: programs written from a seed whose functions
 * get hot on one type and then meet others, run in every mode and compared line for line.
 *
 * <p>Start with {@link dev.kindling.cli.difftest.ProgramGenerator} (the program's outline) and
 * {@code HotFunctions} (one method per kind of hot function); {@code OddValues} is the catalog
 * of values a warmed-up function meets next, {@code Prelude} the printing helpers every program
 * opens with, {@code Rng} the seeded random numbers. {@code DifferentialProgramTest} is the
 * runner: it runs each program through {@link dev.kindling.cli.InProcessRunner} in every
 * {@link dev.kindling.cli.ExecutionMode} and compares with the first mode, the interpreter.
 * {@code WritePrograms} writes programs to a folder for reading or for running elsewhere.
 *
 * <p>tests/difftest.sh runs any number of seeds; tests/README.md says what to do with a
 * divergence (it becomes tests/js/difftest/seed-N.js, with node's output).
 */
package dev.kindling.cli.difftest;
