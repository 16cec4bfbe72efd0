/*
 * The fixed opening of every generated program: how results are printed (show, report), the
 * running digest a warm-up loop folds its results into (mix), and the constructors whose objects
 * the hot functions are warmed up on and then surprised with.
 *
 * Assumes: only the language subset Kindling supports (no regexps, Date, generators, async).
 * Guarantees: what the helpers print depends only on the values they are given — never on
 * object identity, timing, stack traces or source text, which execution modes may legitimately
 * differ in — and is the same in node (the developer check in tests/README.md compares).
 */
package dev.kindling.cli.difftest;

final class Prelude {
  private Prelude() {}

  static final String TEXT =
      """
      // show(v): a value as text, exactly (-0 apart from 0, holes apart from undefined).
      function show(v, depth = 0) {
        if (typeof v === "number") return v === 0 && 1 / v < 0 ? "-0" : String(v);
        if (typeof v === "string") return "'" + v + "'";
        if (typeof v === "function") return "function";
        if (typeof v === "symbol") return String(v);
        if (v === null || typeof v !== "object") return String(v);
        if (depth > 2) return "...";
        let s = "";
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length && i < 12; i++) {
            s += (i > 0 ? "," : "") + (i in v ? show(v[i], depth + 1) : "<hole>");
          }
          return "[" + s + (v.length > 12 ? ",<" + v.length + ">" : "") + "]";
        }
        for (const k in v) s += (s === "" ? "" : ",") + k + ":" + show(v[k], depth + 1);
        return "{" + s + "}";
      }
      // report(label, f): prints what f() returned or threw.
      function report(label, f) {
        try {
          console.log(label, show(f()));
        } catch (e) {
          console.log(label, "threw", e instanceof Error ? e.name + ": " + e.message : show(e));
        }
      }
      // mix(v): folds a result into the running digest, so a warm-up loop prints one line.
      let digest = 0;
      function mix(v) {
        let h;
        if (typeof v === "number") h = ((v * 65599) | 0) ^ (v | 0) ^ (v === 0 && 1 / v < 0 ? 77 : 0);
        else if (typeof v === "string") h = v.length * 31 + (v.length > 0 ? v.charCodeAt(v.length - 1) : 7);
        else if (typeof v === "boolean") h = v ? 1 : 2;
        else if (v === undefined) h = 3;
        else if (v === null) h = 4;
        else if (Array.isArray(v)) h = 5 + v.length;
        else h = 6;
        digest = (Math.imul(digest, 31) + h) | 0;
      }
      function Point(x, y) { this.x = x; this.y = y; }
      Point.prototype.scale = function (k) { return this.y * k + 1; };
      class Box {
        constructor(x, y) { this.y = y; this.x = x; }
        get sum() { return this.x + this.y; }
        scale(k) { return this.x * k; }
      }
      class Tagged extends Box {
        constructor(x, y) { super(x, y); this.tag = "t"; }
      }
      const protoXY = { x: 3, y: 4 };
      """;
}
