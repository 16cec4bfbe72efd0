// DeltaBlue: an incremental solver of one-way constraint hierarchies (a suite
// program), after Freeman-Benson, Maloney and Borning's algorithm (CACM, 1990).
//
// Algorithm: each variable records the constraint that determines it and its "walk
// strength"; adding a constraint satisfies it if it is stronger than what it would
// override, then propagates walk strengths downstream; removing one re-adds the
// constraints it had blocked, strongest first. A plan lists the satisfied
// constraints downstream of the inputs in topological order, to run repeatedly.
// Verifies (for n = the inner iteration count): a chain of n equalities carries an
// edited value from its first variable to its last; in a projection of n scale
// constraints (dst = src * scale + offset), editing src, dst, scale and offset
// yields the values the formula gives.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

// A constraint's strength in the hierarchy: a lower value is stronger.
class Strength {
  constructor(arithmeticValue, name) {
    this.arithmeticValue = arithmeticValue;
    this.name = name;
  }

  stronger(s) {
    return this.arithmeticValue < s.arithmeticValue;
  }

  weaker(s) {
    return this.arithmeticValue > s.arithmeticValue;
  }

  weakest(s) {
    return this.weaker(s) ? this : s;
  }
}

const REQUIRED = new Strength(0, 'required');
const STRONG_PREFERRED = new Strength(1, 'strongPreferred');
const PREFERRED = new Strength(2, 'preferred');
const STRONG_DEFAULT = new Strength(3, 'strongDefault');
const NORMAL = new Strength(4, 'normal');
const WEAK_DEFAULT = new Strength(5, 'weakDefault');
const WEAKEST = new Strength(6, 'weakest');

// Every strength, strongest first.
const STRENGTHS = [
  REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST];

// Which way a binary constraint is satisfied: not at all, v1 -> v2 or v2 -> v1.
const NONE = 0;
const FORWARD = 1;
const BACKWARD = 2;

class Variable {
  constructor(value) {
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.walkStrength = WEAKEST;
    this.stay = true;
    this.mark = 0;
  }

  addConstraint(c) {
    this.constraints.push(c);
  }

  removeConstraint(c) {
    const index = this.constraints.indexOf(c);
    if (index >= 0) {
      this.constraints.splice(index, 1);
    }
    if (this.determinedBy === c) {
      this.determinedBy = null;
    }
  }
}

class AbstractConstraint {
  constructor(strength) {
    this.strength = strength;
  }

  isInput() {
    return false;
  }

  addConstraint(planner) {
    this.addToGraph();
    planner.incrementalAdd(this);
  }

  destroyConstraint(planner) {
    if (this.isSatisfied()) {
      planner.incrementalRemove(this);
    }
    this.removeFromGraph();
  }

  // True when every input is marked with `mark`, stays or is determined by nobody.
  inputsKnown(mark) {
    return !this.inputsHasOne((v) => !(v.mark === mark || v.stay || v.determinedBy === null));
  }

  // Tries to satisfy this constraint and its output; returns the constraint it
  // overrode (now unsatisfied), or null.
  satisfy(mark, planner) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) {
        throw new Error('DeltaBlue: could not satisfy a required constraint');
      }
      return null;
    }
    this.markInputs(mark);
    const out = this.getOutput();
    const overridden = out.determinedBy;
    if (overridden !== null) {
      overridden.markUnsatisfied();
    }
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) {
      throw new Error('DeltaBlue: cycle encountered');
    }
    out.mark = mark;
    return overridden;
  }
}

// A constraint on one variable, which is always its output.
class UnaryConstraint extends AbstractConstraint {
  constructor(v, strength, planner) {
    super(strength);
    this.output = v;
    this.satisfied = false;
    this.addConstraint(planner);
  }

  isSatisfied() {
    return this.satisfied;
  }

  addToGraph() {
    this.output.addConstraint(this);
    this.satisfied = false;
  }

  removeFromGraph() {
    this.output.removeConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.output.mark !== mark && this.strength.stronger(this.output.walkStrength);
  }

  inputsHasOne(_fn) {
    return false;
  }

  markInputs(_mark) {
  }

  getOutput() {
    return this.output;
  }

  recalculate() {
    this.output.walkStrength = this.strength;
    this.output.stay = !this.isInput();
    if (this.output.stay) {
      this.execute();
    }
  }

  markUnsatisfied() {
    this.satisfied = false;
  }

  execute() {
  }
}

// Holds a variable at its value (the planner may not change it).
class StayConstraint extends UnaryConstraint {
}

// Marks a variable the program changes from outside: an input of the plan.
class EditConstraint extends UnaryConstraint {
  isInput() {
    return true;
  }
}

// A constraint between two variables, satisfiable in either direction.
// Subclasses call addConstraint once their own fields are set.
class BinaryConstraint extends AbstractConstraint {
  constructor(var1, var2, strength) {
    super(strength);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = NONE;
  }

  isSatisfied() {
    return this.direction !== NONE;
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }

  removeFromGraph() {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.direction = NONE;
  }

  // Picks the direction: toward the unmarked variable if only one is marked this
  // round, else toward the weaker one; either way only if this constraint is
  // stronger than the output's walk strength.
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark && this.strength.stronger(this.v2.walkStrength)
        ? FORWARD : NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark && this.strength.stronger(this.v1.walkStrength)
        ? BACKWARD : NONE;
      return;
    }
    if (this.v1.walkStrength.weaker(this.v2.walkStrength)) {
      this.direction = this.strength.stronger(this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = this.strength.stronger(this.v2.walkStrength) ? FORWARD : NONE;
    }
  }

  inputsHasOne(fn) {
    return fn(this.input());
  }

  markInputs(mark) {
    this.input().mark = mark;
  }

  input() {
    return this.direction === FORWARD ? this.v1 : this.v2;
  }

  getOutput() {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }

  recalculate() {
    const ihn = this.input();
    const out = this.getOutput();
    out.walkStrength = this.strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) {
      this.execute();
    }
  }

  markUnsatisfied() {
    this.direction = NONE;
  }
}

// v1 = v2, either way.
class EqualityConstraint extends BinaryConstraint {
  constructor(var1, var2, strength, planner) {
    super(var1, var2, strength);
    this.addConstraint(planner);
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value;
    } else {
      this.v1.value = this.v2.value;
    }
  }
}

// dest = src * scale + offset, either way; scale and offset are inputs in both.
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength, planner) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint(planner);
  }

  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  removeFromGraph() {
    super.removeFromGraph();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }

  inputsHasOne(fn) {
    return fn(this.input()) || fn(this.scale) || fn(this.offset);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }

  recalculate() {
    const ihn = this.input();
    const out = this.getOutput();
    out.walkStrength = this.strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) {
      this.execute();
    }
  }
}

// The constraints to run, in order, to re-establish all constraints after inputs
// change.
class Plan {
  constructor() {
    this.constraints = [];
  }

  push(c) {
    this.constraints.push(c);
  }

  execute() {
    this.constraints.forEach((c) => c.execute());
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
  }

  newMark() {
    this.currentMark++;
    return this.currentMark;
  }

  // Satisfies `c`, then re-satisfies each constraint that overrode another in turn.
  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark, this);
    while (overridden !== null) {
      overridden = overridden.satisfy(mark, this);
    }
  }

  // Removes `c` and re-adds the constraints its removal may let through,
  // strongest first.
  incrementalRemove(c) {
    const out = c.getOutput();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    STRENGTHS.forEach((strength) => {
      unsatisfied.forEach((u) => {
        if (u.strength === strength) {
          this.incrementalAdd(u);
        }
      });
    });
  }

  // Recomputes walk strengths downstream of `c`'s output; false (after undoing
  // `c`) if the propagation comes back to a variable marked this round: a cycle.
  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      if (d.getOutput().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.getOutput(), todo);
    }
    return true;
  }

  // Frees `out` and everything downstream of it; returns the unsatisfied
  // constraints met on the way.
  removePropagateFrom(out) {
    const unsatisfied = [];
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      v.constraints.forEach((c) => {
        if (!c.isSatisfied()) {
          unsatisfied.push(c);
        }
      });
      this.constraintsConsuming(v, (c) => {
        c.recalculate();
        todo.push(c.getOutput());
      });
    }
    return unsatisfied;
  }

  extractPlanFromConstraints(constraints) {
    const sources = constraints.filter((c) => c.isInput() && c.isSatisfied());
    return this.makePlan(sources);
  }

  // Breadth-first from the sources, a constraint joins the plan once all its inputs
  // are known: a topological order of the satisfied constraints downstream.
  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    let head = 0;
    while (head < todo.length) {
      const c = todo[head];
      head++;
      if (c.getOutput().mark !== mark && c.inputsKnown(mark)) {
        plan.push(c);
        c.getOutput().mark = mark;
        this.addConstraintsConsumingTo(c.getOutput(), todo);
      }
    }
    return plan;
  }

  addConstraintsConsumingTo(v, coll) {
    this.constraintsConsuming(v, (c) => coll.push(c));
  }

  constraintsConsuming(v, fn) {
    const determining = v.determinedBy;
    v.constraints.forEach((c) => {
      if (c !== determining && c.isSatisfied()) {
        fn(c);
      }
    });
  }

  // Sets `v` to `newValue` through an edit constraint and runs the plan that
  // follows from it (ten times, as an interactive edit would).
  change(v, newValue) {
    const edit = new EditConstraint(v, PREFERRED, this);
    const plan = this.extractPlanFromConstraints([edit]);
    for (let i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    edit.destroyConstraint(this);
  }

  // v0 = v1 = ... = vn (required), vn stays (strong default), v0 is edited
  // (preferred): the edit must win and reach vn.
  static chainTest(n) {
    const planner = new Planner();
    const vars = [];
    for (let i = 0; i <= n; i++) {
      vars.push(new Variable(0));
    }
    for (let i = 0; i < n; i++) {
      new EqualityConstraint(vars[i], vars[i + 1], REQUIRED, planner);
    }
    new StayConstraint(vars[n], STRONG_DEFAULT, planner);
    const edit = new EditConstraint(vars[0], PREFERRED, planner);
    const plan = planner.extractPlanFromConstraints([edit]);
    for (let i = 0; i < 100; i++) {
      vars[0].value = i;
      plan.execute();
      if (vars[n].value !== i) {
        return false;
      }
    }
    edit.destroyConstraint(planner);
    return true;
  }

  // n pairs src_i, dst_i with dst_i = src_i * scale + offset (required) and src_i
  // staying (normal); edits flow forward from src, scale, offset, backward from dst.
  static projectionTest(n) {
    const planner = new Planner();
    const scale = new Variable(10);
    const offset = new Variable(1000);
    let src = null;
    let dst = null;
    const dests = [];
    for (let i = 0; i < n; i++) {
      src = new Variable(i);
      dst = new Variable(i);
      dests.push(dst);
      new StayConstraint(src, NORMAL, planner);
      new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
    }
    planner.change(src, 17);
    if (dst.value !== 1170) {
      return false;
    }
    planner.change(dst, 1050);
    if (src.value !== 5) {
      return false;
    }
    planner.change(scale, 5);
    for (let i = 0; i < n - 1; i++) {
      if (dests[i].value !== i * 5 + 1000) {
        return false;
      }
    }
    planner.change(offset, 2000);
    for (let i = 0; i < n - 1; i++) {
      if (dests[i].value !== i * 5 + 2000) {
        return false;
      }
    }
    return true;
  }
}

class DeltaBlue extends Benchmark {
  innerBenchmarkLoop(innerIterations) {
    return Planner.chainTest(innerIterations) && Planner.projectionTest(innerIterations);
  }
}

module.exports = { newInstance: () => new DeltaBlue() };
