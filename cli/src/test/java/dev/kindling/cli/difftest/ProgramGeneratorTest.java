/*
 * What the differential test relies on in its generator: a seed names one program text, on
 * every JVM and every run, and different seeds give different programs.
 */
package dev.kindling.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramGeneratorTest {

  @Test
  void rngIsSplitMix64() {
    // The first outputs of SplitMix64 from seed 0, as its reference implementation prints them.
    Rng rng = new Rng(0);
    assertEquals(0xE220A8397B1DCDAFL, rng.nextLong());
    assertEquals(0x6E789E6AA1B965F4L, rng.nextLong());
    assertEquals(0x06C45D188009454FL, rng.nextLong());
  }

  @Test
  void sameSeedGivesSameProgram() {
    for (long seed = 1; seed <= 50; seed++) {
      assertEquals(ProgramGenerator.generate(seed), ProgramGenerator.generate(seed), "seed " + seed);
    }
  }

  @Test
  void differentSeedsGiveDifferentPrograms() {
    Set<String> programs = new HashSet<>();
    for (long seed = 1; seed <= 200; seed++) programs.add(ProgramGenerator.generate(seed));
    assertEquals(200, programs.size());
  }

  @Test
  void everyKindOfFunctionIsGenerated() {
    StringBuilder all = new StringBuilder();
    for (long seed = 1; seed <= 100; seed++) all.append(ProgramGenerator.generate(seed));
    for (String kind : HotFunctions.KINDS) {
      assertTrue(all.indexOf(": " + kind + "\n") >= 0, "no " + kind + " function in seeds 1..100");
    }
    assertNotEquals(-1, all.indexOf("\"use strict\";"), "no strict program in seeds 1..100");
  }

  @Test
  void belowStaysInRange() {
    Rng rng = new Rng(42);
    int[] seen = new int[7];
    for (int k = 0; k < 7000; k++) seen[rng.below(7)]++;
    for (int count : seen) assertTrue(count > 800 && count < 1200, "uneven draws " + java.util.Arrays.toString(seen));
  }
}
