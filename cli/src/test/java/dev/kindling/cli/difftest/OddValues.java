/*
 * The values a hot function meets after it has been warmed up on one type: the catalog the
 * generator draws from, one list per role a parameter plays. Each entry is a JS expression that
 * is evaluated afresh at each call (so an object literal is a new object every time).
 *
 * Assumes: the program's prelude (ProgramGenerator.PRELUDE) defines Point, Box, Tagged, protoXY
 * and the valueOf/toString objects' helpers named here. Guarantees: every expression is
 * side-effect free when evaluated, terminates, and is inside the language subset Kindling
 * supports; whatever a hot function does with it is deterministic.
 */
package dev.kindling.cli.difftest;

import java.util.List;

final class OddValues {
  private OddValues() {}

  /** Numbers that leave the Smi range, the int32 range, or integers altogether. */
  static final List<String> NUMBERS =
      List.of(
          "2147483647", "-2147483648", "2147483648", "1073741823", "1073741824", "-1073741825",
          "4294967295", "-0", "NaN", "Infinity", "-Infinity", "0.5", "-1.5", "3.25", "1e21",
          "9007199254740993", "5e-324", "-2147483647.5", "0.1 + 0.2");

  /** Values of every other type, including objects whose conversions run code or throw. */
  static final List<String> OTHERS =
      List.of(
          "\"7\"", "\"abc\"", "\"\"", "\" 12 \"", "\"0x1f\"", "undefined", "null", "true", "false",
          "[3]", "[]", "[1, 2]", "{}", "{ valueOf() { return 5; } }",
          "{ toString() { return \"str\"; } }", "{ valueOf() { throw new RangeError(\"from valueOf\"); } }",
          "new Point(1, 2)", "Symbol.iterator");

  /** Objects of shapes the hot property code has not seen, and values that are not objects. */
  static final List<String> OBJECTS =
      List.of(
          "{ x: 1, y: 2 }", "{ y: 2, x: 1 }", "{ x: 1.5, y: -0 }", "{ x: \"a\", y: \"b\" }",
          "{ x: 2147483647, y: 1 }", "new Point(0.5, 2)", "new Box(3, 4)", "new Tagged(5, 6)",
          "Object.create(protoXY)", "{ get x() { return 7; }, y: 1 }",
          "{ get x() { throw new TypeError(\"getter x\"); }, y: 1 }",
          "{ x: 1, set y(v) { this.x = v; } }", "Object.freeze({ x: 1, y: 2 })", "[1, 2]",
          "{ x: {}, y: [] }", "{ z: 9 }",
          "{ x: 1, y: 2, scale(k) { return -k; } }", "Object.create(Box.prototype)", "\"xy\"", "42", "undefined", "null");

  /** Arrays of other elements kinds (double, holey, generic), array-likes and non-arrays. */
  static final List<String> ARRAYS =
      List.of(
          "[1.5, 2.5, 3.5]", "[1, , 3]", "[, , ,]", "[\"a\", \"b\", \"c\"]", "[{}, 1, null]", "[]",
          "[2147483647, 2147483647]", "[-0, NaN, 0.5]", "[[1], [2]]", "new Array(3)",
          "{ 0: 1, 1: 2, length: 2, push() { return -1; } }", "\"str\"", "undefined");

  /** Indexes outside the array, and keys that are not indexes. */
  static final List<String> INDEXES =
      List.of("-1", "7", "100", "1.5", "\"1\"", "\"length\"", "NaN", "-0", "4294967295", "undefined");

  /** Loop counts that are not small Smis; each keeps a loop short. */
  static final List<String> COUNTS =
      List.of("2.5", "\"3\"", "-1", "NaN", "undefined", "null", "true", "[2]", "{ valueOf() { return 3; } }", "0");

  /** Values a function-valued parameter meets: other closures, methods, and non-functions. */
  static final List<String> CALLEES =
      List.of(
          "(a, b) => a - b", "function (a, b) { return \"\" + a + b; }", "Math.max", "Math.imul",
          "String", "undefined", "{}", "function () { throw new Error(\"callee threw\"); }");
}
