/*
 * The generator's random numbers: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), written out here rather than taken from
 * java.util so that a seed names the same program on every JVM, whatever its library version.
 *
 * Assumes: nothing. Guarantees: the same seed gives the same sequence of draws, forever; a
 * change to this file (or to the order in which the generator draws) renames every seed, so a
 * committed regression program is the program text, never just its seed.
 */
package dev.kindling.cli.difftest;

import java.util.List;

final class Rng {
  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** SplitMix64's step: a Weyl sequence, then a 64-bit finalizer (MurmurHash3's, variant 13). */
  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform int in [0, bound): the high bits, reduced by multiplication (no modulo bias worth naming). */
  int below(int bound) {
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  /** A uniform int in [lo, hi]. */
  int between(int lo, int hi) {
    return lo + below(hi - lo + 1);
  }

  /** True with probability percent/100. */
  boolean percent(int percent) {
    return below(100) < percent;
  }

  <T> T pick(List<T> choices) {
    return choices.get(below(choices.size()));
  }

  @SafeVarargs
  final <T> T pick(T... choices) {
    return choices[below(choices.length)];
  }
}
