/*
 * The kinds of function the generator writes, one method each: arithmetic (with Math calls),
 * property access, method calls, array access (for-of and spread too), calls, closures,
 * throwing code, string building and loops. Each method draws a small body at random, a
 * warm-up call on one type (Smi ints, one object shape, packed Smi arrays, strings) and a
 * handful of calls on the others (OddValues).
 *
 * Assumes: names are unique in the program; `earlier` holds the functions already written, so
 * a caller only calls functions declared before it. Guarantees: every body terminates quickly
 * for every argument (loops are bounded by small counts or array lengths the caller controls),
 * and draws only from the Rng, so a seed always yields the same text.
 */
package dev.kindling.cli.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

final class HotFunctions {
  private static final List<String> ARITH_OPS =
      List.of("+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>");
  private static final List<String> COMPARE_OPS =
      List.of("<", "<=", ">", ">=", "===", "!==", "==", "!=");
  private static final List<String> FIELDS = List.of("x", "y");
  private static final List<String> MATH_UNARY = List.of("floor", "abs", "round", "trunc", "sign", "sqrt", "ceil");

  private final Rng rng;

  HotFunctions(Rng rng) {
    this.rng = rng;
  }

  HotFunction make(String kind, String name, List<HotFunction> earlier) {
    return switch (kind) {
      case "arithmetic" -> arithmetic(name);
      case "property" -> property(name);
      case "method" -> method(name);
      case "array" -> array(name);
      case "call" -> call(name, earlier);
      case "closure" -> closure(name);
      case "throwing" -> throwing(name);
      case "string" -> string(name);
      case "loop" -> loop(name);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static final List<String> KINDS =
      List.of("arithmetic", "property", "method", "array", "call", "closure", "throwing", "string", "loop");

  // --- numbers -----------------------------------------------------------------------------

  /** A numeric expression over the given variables: + - * / % bitwise, shifts, compares. */
  String numeric(int depth, List<String> vars) {
    if (depth == 0 || rng.percent(25)) {
      int r = rng.below(10);
      if (r < 6) return rng.pick(vars);
      if (r < 9) return Integer.toString(rng.between(1, 31));
      return rng.pick("0.5", "1073741823", "(-1)");
    }
    int r = rng.below(10);
    if (r < 7) {
      return "(" + numeric(depth - 1, vars) + " " + rng.pick(ARITH_OPS) + " " + numeric(depth - 1, vars) + ")";
    }
    if (r < 8) {
      return rng.percent(50)
          ? "(" + rng.pick("-", "~", "+") + numeric(depth - 1, vars) + ")"
          : "Math." + rng.pick(MATH_UNARY) + "(" + numeric(depth - 1, vars) + ")";
    }
    if (r < 9 && rng.percent(50)) {
      return "Math." + rng.pick("max", "min", "imul") + "(" + numeric(depth - 1, vars) + ", "
          + numeric(depth - 1, vars) + ")";
    }
    return "(" + comparison(vars) + " ? " + numeric(depth - 1, vars) + " : " + numeric(depth - 1, vars) + ")";
  }

  String comparison(List<String> vars) {
    return numeric(1, vars) + " " + rng.pick(COMPARE_OPS) + " " + numeric(1, vars);
  }

  /** A warm-up argument: a Smi that stays small, computed from the loop variable i. */
  String smiArgument() {
    return rng.pick("i", "(i & 1023)", "(i * 7) & 255", "i - 500", "(i % 13)", "(i >> 3)", "3");
  }

  /** Odd calls: each replaces one or both arguments of the warm call with values from the catalogs. */
  List<String> oddCalls(String name, List<List<String>> catalogs, List<String> usual) {
    List<String> calls = new ArrayList<>();
    int n = rng.between(6, 12);
    for (int k = 0; k < n; k++) {
      List<String> args = new ArrayList<>();
      int replaced = rng.below(usual.size());
      boolean both = rng.percent(25);
      for (int p = 0; p < usual.size(); p++) {
        args.add(p == replaced || both ? rng.pick(catalogs.get(p)) : usual.get(p));
      }
      calls.add(name + "(" + String.join(", ", args) + ")");
    }
    return calls;
  }

  private List<String> numberOrOther() {
    return rng.percent(65) ? OddValues.NUMBERS : OddValues.OTHERS;
  }

  HotFunction arithmetic(String name) {
    List<String> vars = List.of("a", "b");
    StringBuilder body = new StringBuilder();
    body.append("  let r = ").append(numeric(3, vars)).append(";\n");
    if (rng.percent(60)) {
      body.append("  if (").append(comparison(List.of("a", "b", "r"))).append(") r = ")
          .append(numeric(2, List.of("a", "r"))).append(";\n");
    }
    if (rng.percent(30)) body.append("  r = r | 0;\n");
    body.append("  return r;\n");
    String source = "function " + name + "(a, b) {\n" + body + "}\n";
    String warm = name + "(" + smiArgument() + ", " + smiArgument() + ")";
    return new HotFunction(name, "arithmetic", source, warm,
        oddCalls(name, List.of(numberOrOther(), numberOrOther()), List.of("5", "3")), true);
  }

  /** A function of a prologue, two to five drawn statements, and one of the given results. */
  private String statements(String name, String params, String prologue, Supplier<String> statement,
      String... results) {
    StringBuilder body = new StringBuilder(prologue);
    int n = rng.between(2, 5);
    for (int k = 0; k < n; k++) body.append(statement.get());
    body.append("  return ").append(rng.pick(results)).append(";\n");
    return "function " + name + "(" + params + ") {\n" + body + "}\n";
  }

  // --- objects -----------------------------------------------------------------------------

  /** A statement on object o and number v: a load, a store, or a compare of fields. */
  private String propertyStatement() {
    String f = rng.pick(FIELDS);
    String g = rng.pick(FIELDS);
    return switch (rng.below(5)) {
      case 0 -> "  o." + f + " = " + numeric(1, List.of("o." + g, "v")) + ";\n";
      case 1 -> "  t = t " + rng.pick("+", "-", "^", "|") + " o." + f + ";\n";
      case 2 -> "  if (o." + f + " " + rng.pick(COMPARE_OPS) + " v) t = t + " + rng.between(1, 9) + ";\n";
      case 3 -> "  o[" + rng.pick("\"x\"", "\"y\"", "k") + "] = t;\n";
      default -> "  t = t + (\"" + f + "\" in o ? 1 : 2);\n";
    };
  }

  HotFunction property(String name) {
    String source = statements(name, "o, v", "  let t = 0;\n  const k = v & 1 ? \"x\" : \"y\";\n",
        this::propertyStatement, "t", "t + o.x", "o.y", "[o.x, o.y, t]");
    // Warm on objects of one shape, made before the loop so the loop is all loads and stores.
    String hot = rng.pick("new Point(i & 15, 2)", "new Box(i & 15, 3)", "{ x: i & 15, y: 1 }");
    String warm = name + "(" + "hot" + name + "[i & 3], " + smiArgument() + ")";
    String setup = "const hot" + name + " = [];\nfor (let i = 0; i < 4; i++) hot" + name + ".push(" + hot + ");\n";
    return new HotFunction(name, "property", setup + source, warm,
        oddCalls(name, List.of(OddValues.OBJECTS, numberOrOther()), List.of("new Point(1, 2)", "3")), false);
  }

  /** Method calls and a getter on the hot objects: the prototype chain, not the object, holds them. */
  HotFunction method(String name) {
    String call = rng.pick("o.scale(v)", "o.scale(v + 1) - o.scale(1)");
    String extra = rng.pick("o.sum", "(o instanceof Box ? o.sum : -1)", "o.x", "(typeof o.sum === \"number\" ? 1 : 0)");
    String source = "function " + name + "(o, v) {\n  return " + call + " " + rng.pick("+", "-", "^") + " " + extra + ";\n}\n";
    String hot = rng.pick("new Box(i & 15, 3)", "new Tagged(i & 7, 1)", "new Point(i & 15, 2)");
    String setup = "const hot" + name + " = [];\nfor (let i = 0; i < 4; i++) hot" + name + ".push(" + hot + ");\n";
    String warm = name + "(hot" + name + "[i & 3], " + smiArgument() + ")";
    return new HotFunction(name, "method", setup + source, warm,
        oddCalls(name, List.of(OddValues.OBJECTS, numberOrOther()), List.of("new Box(1, 2)", "3")), false);
  }

  // --- arrays ------------------------------------------------------------------------------

  private String arrayStatement() {
    return switch (rng.below(6)) {
      case 0 -> "  arr[i] = " + numeric(1, List.of("v", "s")) + ";\n";
      case 1 -> "  s = s " + rng.pick("+", "-", "^") + " arr[i];\n";
      case 2 -> "  arr.push(" + numeric(1, List.of("v", "s")) + ");\n";
      case 3 -> "  for (let j = 0; j < arr.length && j < 16; j++) s = s " + rng.pick("+", "^", "|") + " arr[j];\n";
      // arr.length may have been set to a billion (arr["length"] = v): iteration stays bounded.
      case 4 -> rng.pick("  s = s + arr.length;\n",
          "  { let n = 0; for (const e of arr) { s = s " + rng.pick("+", "|") + " e; if (++n > 16) break; } }\n",
          "  if (!(arr && arr.length > 64)) s = s + Math.max(...arr);\n");
      default -> "  if (arr.length > 2) s = s + arr.pop();\n";
    };
  }

  HotFunction array(String name) {
    String source = statements(name, "arr, i, v", "  let s = 0;\n", this::arrayStatement,
        "s", "arr[0]", "[s, arr.length]", "arr");
    // Warm on fresh packed-Smi arrays and in-bounds indexes.
    String warm = name + "([i & 7, 1, 2, 3], i & 3, " + smiArgument() + ")";
    return new HotFunction(name, "array", source, warm,
        oddCalls(name, List.of(OddValues.ARRAYS, OddValues.INDEXES, numberOrOther()),
            List.of("[1, 2, 3, 4]", "1", "2")), false);
  }

  // --- calls -------------------------------------------------------------------------------

  HotFunction call(String name, List<HotFunction> earlier) {
    List<HotFunction> numeric = earlier.stream().filter(HotFunction::numericParams).toList();
    String source;
    List<String> usual;
    List<List<String>> catalogs;
    String warm;
    if (numeric.isEmpty() || rng.percent(40)) {
      // A call through a parameter: warm with one target, then meet others and non-functions.
      String target = numeric.isEmpty() ? "Math.min" : rng.pick(numeric).name();
      source = "function " + name + "(g, a) {\n  return g(a, " + rng.between(1, 9) + ") "
          + rng.pick("+", "-", "^") + " g(" + numeric(1, List.of("a")) + ", a);\n}\n";
      warm = name + "(" + target + ", " + smiArgument() + ")";
      usual = List.of(target, "4");
      catalogs = List.of(OddValues.CALLEES, numberOrOther());
    } else {
      HotFunction f = rng.pick(numeric);
      HotFunction g = rng.pick(numeric);
      source = "function " + name + "(a, b) {\n  const r = " + f.name() + "(" + numeric(1, List.of("a", "b")) + ", b);\n"
          + "  return " + g.name() + "(r, a) " + rng.pick("+", "-", "*", "|") + " " + numeric(1, List.of("a", "r")) + ";\n}\n";
      warm = name + "(" + smiArgument() + ", " + smiArgument() + ")";
      usual = List.of("6", "2");
      catalogs = List.of(numberOrOther(), numberOrOther());
    }
    return new HotFunction(name, "call", source, warm, oddCalls(name, catalogs, usual), catalogs.get(0) != OddValues.CALLEES);
  }

  HotFunction closure(String name) {
    String update = rng.pick(
        "count = (count + " + numeric(1, List.of("a", "b")) + ") | 0",
        "count = count + " + numeric(1, List.of("a", "b")),
        "count = count " + rng.pick("^", "-", "+") + " a; if (count > 1000000) count = b");
    // A string count would grow at every later call: it is cut back to a number once returned.
    String body = "{ " + update + "; const r = count " + rng.pick("+", "-", "%") + " b;"
        + " if (typeof count !== \"number\") count = String(count).length; return r; }";
    String inner = rng.percent(50) ? "(a, b) => " + body : "function (a, b) " + body;
    String source = "const " + name + " = (function () {\n  let count = " + rng.between(0, 9) + ";\n  return "
        + inner + ";\n})();\n";
    String warm = name + "(" + smiArgument() + ", " + smiArgument() + ")";
    return new HotFunction(name, "closure", source, warm,
        oddCalls(name, List.of(numberOrOther(), numberOrOther()), List.of("1", "7")), true);
  }

  // --- exceptions --------------------------------------------------------------------------

  HotFunction throwing(String name) {
    String thrown = rng.pick(
        "new Error(\"" + name + " \" + a)", "new RangeError(\"range \" + b)", "a", "{ code: a & 7 }");
    String inner = "function " + name + "Inner(a, b) {\n"
        + "  if ((a & " + rng.pick("63", "127", "31") + ") === " + rng.between(1, 30) + ") throw " + thrown + ";\n"
        + "  return " + rng.pick("a.x === undefined ? a + b : a.x", numeric(2, List.of("a", "b")), "a.length + b") + ";\n}\n";
    String count = name + "Count";
    String handler = rng.pick(
        "    return e instanceof Error ? e.message : show(e);\n",
        "    " + count + " = " + count + " + 1;\n    return -" + count + ";\n",
        "    throw e;\n");
    String fin = rng.percent(40) ? "  } finally {\n    " + count + " = " + count + " + 2;\n" : "";
    String source = inner + "let " + count + " = 0;\nfunction " + name + "(a, b) {\n"
        + "  try {\n    return " + name + "Inner(a, b);\n  } catch (e) {\n" + handler + fin + "  }\n}\n";
    // A rethrown exception reaches the warm-up loop's own try/catch (see ProgramGenerator).
    String warm = name + "(" + smiArgument() + ", " + smiArgument() + ")";
    return new HotFunction(name, "throwing", source, warm,
        oddCalls(name, List.of(numberOrOther(), numberOrOther()), List.of("9", "2")), true);
  }

  // --- strings -----------------------------------------------------------------------------

  HotFunction string(String name) {
    String expr = switch (rng.below(6)) {
      case 0 -> "a + \",\" + b";
      case 1 -> "\"\" + a + b";
      case 2 -> "a + b";
      case 3 -> "`${a}:${b}`";
      case 4 -> "(a + \"\").length + b";
      default -> "String(a).charCodeAt(0) + (\"\" + b).length";
    };
    String extra = rng.pick("", "  if (s.length > 3) s = s.slice(1);\n", "  s = s + s.length;\n",
        "  if (s === \"" + rng.between(0, 9) + "\") s = \"hit\";\n");
    String source = "function " + name + "(a, b) {\n  let s = " + expr + ";\n" + extra + "  return s;\n}\n";
    boolean onStrings = rng.percent(50);
    String warm = onStrings
        ? name + "(\"s\" + (i & 7), \"t\")"
        : name + "(" + smiArgument() + ", " + smiArgument() + ")";
    return new HotFunction(name, "string", source, warm,
        oddCalls(name, List.of(numberOrOther(), OddValues.OTHERS), List.of("\"p\"", "\"q\"")), !onStrings);
  }

  // --- loops -------------------------------------------------------------------------------

  HotFunction loop(String name) {
    String step = numeric(2, List.of("s", "j", "x"));
    String loop = switch (rng.below(3)) {
      case 0 -> "  for (let j = 0; j < n; j++) {\n    s = " + step + ";\n"
          + (rng.percent(40) ? "    if (j === " + rng.between(2, 9) + ") break;\n" : "") + "  }\n";
      case 1 -> "  let j = 0;\n  while (j < n) {\n    j++;\n"
          + (rng.percent(40) ? "    if ((j & 1) === 0) continue;\n" : "") + "    s = " + step + ";\n  }\n";
      default -> "  let j = 0;\n  do {\n    s = " + step + ";\n    j = j + 1;\n  } while (j < n && j < 40);\n";
    };
    String source = "function " + name + "(n, x) {\n  let s = x;\n" + loop + "  return s;\n}\n";
    String warm = name + "(i & 15, " + smiArgument() + ")";
    return new HotFunction(name, "loop", source, warm,
        oddCalls(name, List.of(OddValues.COUNTS, numberOrOther()), List.of("4", "1")), false);
  }
}
