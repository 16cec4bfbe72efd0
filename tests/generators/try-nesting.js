// Generates tests/js/try-nesting/*.js: every nesting of try/catch, try/finally and
// try/catch/finally two levels deep (and three), with a throw, return, break or continue at
// each position, inside a loop and not.
//
// Why: an exception, return or jump that leaves a try statement inside another one must
// reach the right handler, catch or finally (the bytecode generator's handler table and its
// finally token dispatch). Those paths multiply with every level, so we enumerate them.
//
// What it writes: each case is a function that pushes a trace of what ran onto a list and
// either returns or throws; `run` logs the case's name, the trace and the outcome. Cases are
// grouped into files of at most CASES_PER_FILE, so there are tens of files, not thousands.
// Output is deterministic (fixed enumeration order, no randomness): regenerating without a
// change to this file changes nothing.
//
// Positions. The innermost statement has T (its try block), C (its catch), F (its finally);
// each enclosing statement has A (after the statement it encloses, still in its try block),
// C and F. Levels are named i (innermost), m (middle), o (outer). Every position pushes its
// name; an action there follows the push.
//
// Two levels: every pair of positions gets every pair of actions (and every single action,
// and none): all pairwise interactions. In a loop the actions are throw, return, break,
// continue; outside a loop throw and return. Three levels (in a loop only, to stay small):
// the innermost try throws, and one other position gets each action in turn (plus each action
// in place of that throw).
//
// Usage: node tests/generators/try-nesting.js   (then tests/regen-expected.sh tests/js/try-nesting/*.js)
"use strict";
const fs = require("fs");
const path = require("path");

const OUT_DIR = path.join(__dirname, "..", "js", "try-nesting");
const CASES_PER_FILE = 64;
const FORMS = ["TC", "TF", "TCF"];
const LOOP_ACTIONS = ["throw", "return", "break", "continue"];
const PLAIN_ACTIONS = ["throw", "return"];
const LEVEL_NAMES = { 2: ["o", "i"], 3: ["o", "m", "i"] };

/** The positions of a nesting (forms listed outermost first), in source order: innermost first. */
function positions(forms, names) {
  const out = [];
  for (let k = forms.length - 1; k >= 0; k--) {
    out.push(names[k] + (k === forms.length - 1 ? "T" : "A"));
    if (forms[k].includes("C")) out.push(names[k] + "C");
    if (forms[k].includes("F")) out.push(names[k] + "F");
  }
  return out;
}

/** The statement `action` at position `pos`, after that position's trace push. */
function act(pos, action) {
  switch (action) {
    case undefined: return "";
    case "throw": return ` throw "${pos}";`;
    case "return": return ` return "${pos}";`;
    default: return ` ${action};`;
  }
}

/** Source of the try statement at level k, with `actions` (position -> action). */
function tryStatement(forms, names, k, actions, indent) {
  const name = names[k];
  const form = forms[k];
  const innermost = k === forms.length - 1;
  const pad = "  ".repeat(indent);
  let s;
  if (innermost) {
    s = `${pad}try { l.push("${name}T");${act(name + "T", actions[name + "T"])} }\n`;
  } else {
    s = `${pad}try {\n` + tryStatement(forms, names, k + 1, actions, indent + 1)
      + `${pad}  l.push("${name}A");${act(name + "A", actions[name + "A"])}\n${pad}}\n`;
  }
  if (form.includes("C")) {
    s += `${pad}catch (e) { l.push("${name}C:" + e);${act(name + "C", actions[name + "C"])} }\n`;
  }
  if (form.includes("F")) {
    s += `${pad}finally { l.push("${name}F");${act(name + "F", actions[name + "F"])} }\n`;
  }
  return s;
}

function caseFunction(id, forms, names, loop, actions) {
  let body;
  if (loop) {
    body = "  for (let i = 0; i < 2; i++) {\n    l.push(\"L\" + i);\n"
      + tryStatement(forms, names, 0, actions, 2) + "  }\n";
  } else {
    body = tryStatement(forms, names, 0, actions, 1);
  }
  return `function ${id}(l) {\n${body}  return "end";\n}\n`;
}

function describe(forms, loop, actions) {
  const acts = Object.keys(actions).map(p => `${p}=${actions[p]}`).join(" ");
  return `${forms.join(">")}${loop ? " loop" : ""}${acts ? " " + acts : ""}`;
}

/** Every assignment of actions to at most two positions. */
function pairwise(pos, actionList) {
  const out = [{}];
  for (let a = 0; a < pos.length; a++) {
    for (const x of actionList) {
      out.push({ [pos[a]]: x });
      for (let b = a + 1; b < pos.length; b++) {
        for (const y of actionList) out.push({ [pos[a]]: x, [pos[b]]: y });
      }
    }
  }
  return out;
}

/** The innermost try throws; one other position (or the innermost try itself) gets each action. */
function throwPlusOne(pos, actionList) {
  const [first, ...rest] = pos;
  const out = actionList.map(x => ({ [first]: x }));
  for (const p of rest) {
    for (const x of actionList) out.push({ [first]: "throw", [p]: x });
  }
  return out;
}

function* nestings(depth) {
  if (depth === 0) {
    yield [];
    return;
  }
  for (const f of FORMS) for (const rest of nestings(depth - 1)) yield [f, ...rest];
}

/** [fileStem, forms, loop, actionSets] groups, in a fixed order. */
function groups() {
  const out = [];
  for (const forms of nestings(2)) {
    const pos = positions(forms, LEVEL_NAMES[2]);
    out.push([`two-${forms.join("-")}`, forms, false, pairwise(pos, PLAIN_ACTIONS)]);
    out.push([`two-${forms.join("-")}-loop`, forms, true, pairwise(pos, LOOP_ACTIONS)]);
  }
  // Three levels: one file per outer form, all 9 inner pairs in it.
  for (const outer of FORMS) {
    const sets = [];
    for (const inner of nestings(2)) {
      const forms = [outer, ...inner];
      for (const actions of throwPlusOne(positions(forms, LEVEL_NAMES[3]), LOOP_ACTIONS)) {
        sets.push([forms, actions]);
      }
    }
    out.push([`three-${outer}-loop`, null, true, sets]);
  }
  return out;
}

const RUN = `function run(name, f) {
  const l = [];
  let outcome;
  try { outcome = "returned " + f(l); } catch (e) { outcome = "threw " + e; }
  console.log(name + " | " + l.join(" ") + " | " + outcome);
}
`;

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Programs are rewritten; node's outputs stay (regen-expected.sh refreshes them), except
  // those of programs the generator no longer writes.
  const written = new Set();
  for (const f of fs.readdirSync(OUT_DIR)) if (f.endsWith(".js")) fs.unlinkSync(path.join(OUT_DIR, f));
  let files = 0;
  let cases = 0;
  for (const [stem, forms, loop, sets] of groups()) {
    const all = sets.map(s => (forms ? [forms, s] : s));
    for (let part = 0; part * CASES_PER_FILE < all.length; part++) {
      const chunk = all.slice(part * CASES_PER_FILE, (part + 1) * CASES_PER_FILE);
      const name = `${stem}-${String(part + 1).padStart(2, "0")}`;
      let src = `// try nesting ${stem} part ${part + 1}: each case logs what ran and how it left `
        + `(generated by tests/generators/try-nesting.js; do not edit)\n${RUN}`;
      chunk.forEach(([caseForms, actions], n) => {
        const names = LEVEL_NAMES[caseForms.length];
        src += "\n" + caseFunction(`c${n}`, caseForms, names, loop, actions);
        src += `run(${JSON.stringify(describe(caseForms, loop, actions))}, c${n});\n`;
      });
      fs.writeFileSync(path.join(OUT_DIR, name + ".js"), src);
      written.add(name);
      files++;
      cases += chunk.length;
    }
  }
  for (const f of fs.readdirSync(OUT_DIR)) {
    if (f.endsWith(".out") && !written.has(f.slice(0, -4))) fs.unlinkSync(path.join(OUT_DIR, f));
  }
  console.log(`wrote ${cases} cases in ${files} files to ${path.relative(process.cwd(), OUT_DIR)}`);
}

main();
