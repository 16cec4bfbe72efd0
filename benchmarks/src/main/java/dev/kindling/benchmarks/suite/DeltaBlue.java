/*
 * DeltaBlue: the Java twin of benchmarks/js/deltablue.js, an incremental solver of
 * one-way constraint hierarchies after Freeman-Benson, Maloney and Borning (CACM, 1990).
 *
 * Algorithm: each variable records the constraint that determines it and its "walk
 * strength"; adding a constraint satisfies it if it is stronger than what it would
 * override, then propagates walk strengths downstream; removing one re-adds the
 * constraints it had blocked, strongest first. A plan lists the satisfied
 * constraints downstream of the inputs in topological order, to run repeatedly.
 * Verifies (for n = the inner iteration count): a chain of n equalities carries an
 * edited value from its first variable to its last; in a projection of n scale
 * constraints (dst = src * scale + offset), editing src, dst, scale and offset
 * yields the values the formula gives.
 */
package dev.kindling.benchmarks.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

public final class DeltaBlue extends Benchmark {

    // A constraint's strength in the hierarchy: a lower value is stronger.
    static final class Strength {
        final int arithmeticValue;
        final String name;

        Strength(int arithmeticValue, String name) {
            this.arithmeticValue = arithmeticValue;
            this.name = name;
        }

        boolean stronger(Strength s) {
            return arithmeticValue < s.arithmeticValue;
        }

        boolean weaker(Strength s) {
            return arithmeticValue > s.arithmeticValue;
        }

        Strength weakest(Strength s) {
            return weaker(s) ? this : s;
        }
    }

    static final Strength REQUIRED = new Strength(0, "required");
    static final Strength STRONG_PREFERRED = new Strength(1, "strongPreferred");
    static final Strength PREFERRED = new Strength(2, "preferred");
    static final Strength STRONG_DEFAULT = new Strength(3, "strongDefault");
    static final Strength NORMAL = new Strength(4, "normal");
    static final Strength WEAK_DEFAULT = new Strength(5, "weakDefault");
    static final Strength WEAKEST = new Strength(6, "weakest");

    // Every strength, strongest first.
    static final List<Strength> STRENGTHS = List.of(
        REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST);

    // Which way a binary constraint is satisfied: not at all, v1 -> v2 or v2 -> v1.
    static final int NONE = 0;
    static final int FORWARD = 1;
    static final int BACKWARD = 2;

    static final class Variable {
        int value;
        final ArrayList<AbstractConstraint> constraints = new ArrayList<>();
        AbstractConstraint determinedBy = null;
        Strength walkStrength = WEAKEST;
        boolean stay = true;
        int mark = 0;

        Variable(int value) {
            this.value = value;
        }

        void addConstraint(AbstractConstraint c) {
            constraints.add(c);
        }

        void removeConstraint(AbstractConstraint c) {
            int index = constraints.indexOf(c);
            if (index >= 0) {
                constraints.remove(index);
            }
            if (determinedBy == c) {
                determinedBy = null;
            }
        }
    }

    abstract static class AbstractConstraint {
        final Strength strength;

        AbstractConstraint(Strength strength) {
            this.strength = strength;
        }

        boolean isInput() {
            return false;
        }

        abstract boolean isSatisfied();

        abstract void addToGraph();

        abstract void removeFromGraph();

        abstract void chooseMethod(int mark);

        abstract boolean inputsHasOne(Predicate<Variable> fn);

        abstract void markInputs(int mark);

        abstract Variable getOutput();

        abstract void recalculate();

        abstract void markUnsatisfied();

        abstract void execute();

        void addConstraint(Planner planner) {
            addToGraph();
            planner.incrementalAdd(this);
        }

        void destroyConstraint(Planner planner) {
            if (isSatisfied()) {
                planner.incrementalRemove(this);
            }
            removeFromGraph();
        }

        // True when every input is marked with `mark`, stays or is determined by nobody.
        boolean inputsKnown(int mark) {
            return !inputsHasOne(v -> !(v.mark == mark || v.stay || v.determinedBy == null));
        }

        // Tries to satisfy this constraint and its output; returns the constraint it
        // overrode (now unsatisfied), or null.
        AbstractConstraint satisfy(int mark, Planner planner) {
            chooseMethod(mark);
            if (!isSatisfied()) {
                if (strength == REQUIRED) {
                    throw new IllegalStateException("DeltaBlue: could not satisfy a required constraint");
                }
                return null;
            }
            markInputs(mark);
            Variable out = getOutput();
            AbstractConstraint overridden = out.determinedBy;
            if (overridden != null) {
                overridden.markUnsatisfied();
            }
            out.determinedBy = this;
            if (!planner.addPropagate(this, mark)) {
                throw new IllegalStateException("DeltaBlue: cycle encountered");
            }
            out.mark = mark;
            return overridden;
        }
    }

    // A constraint on one variable, which is always its output.
    static class UnaryConstraint extends AbstractConstraint {
        final Variable output;
        boolean satisfied;

        UnaryConstraint(Variable v, Strength strength, Planner planner) {
            super(strength);
            this.output = v;
            this.satisfied = false;
            addConstraint(planner);
        }

        @Override
        boolean isSatisfied() {
            return satisfied;
        }

        @Override
        void addToGraph() {
            output.addConstraint(this);
            satisfied = false;
        }

        @Override
        void removeFromGraph() {
            output.removeConstraint(this);
            satisfied = false;
        }

        @Override
        void chooseMethod(int mark) {
            satisfied = output.mark != mark && strength.stronger(output.walkStrength);
        }

        @Override
        boolean inputsHasOne(Predicate<Variable> fn) {
            return false;
        }

        @Override
        void markInputs(int mark) {
        }

        @Override
        Variable getOutput() {
            return output;
        }

        @Override
        void recalculate() {
            output.walkStrength = strength;
            output.stay = !isInput();
            if (output.stay) {
                execute();
            }
        }

        @Override
        void markUnsatisfied() {
            satisfied = false;
        }

        @Override
        void execute() {
        }
    }

    // Holds a variable at its value (the planner may not change it).
    static final class StayConstraint extends UnaryConstraint {
        StayConstraint(Variable v, Strength strength, Planner planner) {
            super(v, strength, planner);
        }
    }

    // Marks a variable the program changes from outside: an input of the plan.
    static final class EditConstraint extends UnaryConstraint {
        EditConstraint(Variable v, Strength strength, Planner planner) {
            super(v, strength, planner);
        }

        @Override
        boolean isInput() {
            return true;
        }
    }

    // A constraint between two variables, satisfiable in either direction.
    // Subclasses call addConstraint once their own fields are set.
    abstract static class BinaryConstraint extends AbstractConstraint {
        final Variable v1;
        final Variable v2;
        int direction;

        BinaryConstraint(Variable var1, Variable var2, Strength strength) {
            super(strength);
            this.v1 = var1;
            this.v2 = var2;
            this.direction = NONE;
        }

        @Override
        boolean isSatisfied() {
            return direction != NONE;
        }

        @Override
        void addToGraph() {
            v1.addConstraint(this);
            v2.addConstraint(this);
            direction = NONE;
        }

        @Override
        void removeFromGraph() {
            v1.removeConstraint(this);
            v2.removeConstraint(this);
            direction = NONE;
        }

        // Picks the direction: toward the unmarked variable if only one is marked this
        // round, else toward the weaker one; either way only if this constraint is
        // stronger than the output's walk strength.
        @Override
        void chooseMethod(int mark) {
            if (v1.mark == mark) {
                direction = v2.mark != mark && strength.stronger(v2.walkStrength)
                    ? FORWARD : NONE;
                return;
            }
            if (v2.mark == mark) {
                direction = v1.mark != mark && strength.stronger(v1.walkStrength)
                    ? BACKWARD : NONE;
                return;
            }
            if (v1.walkStrength.weaker(v2.walkStrength)) {
                direction = strength.stronger(v1.walkStrength) ? BACKWARD : NONE;
            } else {
                direction = strength.stronger(v2.walkStrength) ? FORWARD : NONE;
            }
        }

        @Override
        boolean inputsHasOne(Predicate<Variable> fn) {
            return fn.test(input());
        }

        @Override
        void markInputs(int mark) {
            input().mark = mark;
        }

        Variable input() {
            return direction == FORWARD ? v1 : v2;
        }

        @Override
        Variable getOutput() {
            return direction == FORWARD ? v2 : v1;
        }

        @Override
        void recalculate() {
            Variable ihn = input();
            Variable out = getOutput();
            out.walkStrength = strength.weakest(ihn.walkStrength);
            out.stay = ihn.stay;
            if (out.stay) {
                execute();
            }
        }

        @Override
        void markUnsatisfied() {
            direction = NONE;
        }
    }

    // v1 = v2, either way.
    static final class EqualityConstraint extends BinaryConstraint {
        EqualityConstraint(Variable var1, Variable var2, Strength strength, Planner planner) {
            super(var1, var2, strength);
            addConstraint(planner);
        }

        @Override
        void execute() {
            if (direction == FORWARD) {
                v2.value = v1.value;
            } else {
                v1.value = v2.value;
            }
        }
    }

    // dest = src * scale + offset, either way; scale and offset are inputs in both.
    static final class ScaleConstraint extends BinaryConstraint {
        final Variable scale;
        final Variable offset;

        ScaleConstraint(Variable src, Variable scale, Variable offset, Variable dest,
                Strength strength, Planner planner) {
            super(src, dest, strength);
            this.scale = scale;
            this.offset = offset;
            addConstraint(planner);
        }

        @Override
        void addToGraph() {
            super.addToGraph();
            scale.addConstraint(this);
            offset.addConstraint(this);
        }

        @Override
        void removeFromGraph() {
            super.removeFromGraph();
            scale.removeConstraint(this);
            offset.removeConstraint(this);
        }

        @Override
        boolean inputsHasOne(Predicate<Variable> fn) {
            return fn.test(input()) || fn.test(scale) || fn.test(offset);
        }

        @Override
        void markInputs(int mark) {
            super.markInputs(mark);
            scale.mark = mark;
            offset.mark = mark;
        }

        @Override
        void execute() {
            if (direction == FORWARD) {
                v2.value = v1.value * scale.value + offset.value;
            } else {
                v1.value = (v2.value - offset.value) / scale.value;
            }
        }

        @Override
        void recalculate() {
            Variable ihn = input();
            Variable out = getOutput();
            out.walkStrength = strength.weakest(ihn.walkStrength);
            out.stay = ihn.stay && scale.stay && offset.stay;
            if (out.stay) {
                execute();
            }
        }
    }

    // The constraints to run, in order, to re-establish all constraints after inputs
    // change.
    static final class Plan {
        final ArrayList<AbstractConstraint> constraints = new ArrayList<>();

        void push(AbstractConstraint c) {
            constraints.add(c);
        }

        void execute() {
            constraints.forEach(c -> c.execute());
        }
    }

    static final class Planner {
        int currentMark = 0;

        int newMark() {
            currentMark++;
            return currentMark;
        }

        // Satisfies `c`, then re-satisfies each constraint that overrode another in turn.
        void incrementalAdd(AbstractConstraint c) {
            int mark = newMark();
            AbstractConstraint overridden = c.satisfy(mark, this);
            while (overridden != null) {
                overridden = overridden.satisfy(mark, this);
            }
        }

        // Removes `c` and re-adds the constraints its removal may let through,
        // strongest first.
        void incrementalRemove(AbstractConstraint c) {
            Variable out = c.getOutput();
            c.markUnsatisfied();
            c.removeFromGraph();
            ArrayList<AbstractConstraint> unsatisfied = removePropagateFrom(out);
            STRENGTHS.forEach(strength -> {
                unsatisfied.forEach(u -> {
                    if (u.strength == strength) {
                        incrementalAdd(u);
                    }
                });
            });
        }

        // Recomputes walk strengths downstream of `c`'s output; false (after undoing
        // `c`) if the propagation comes back to a variable marked this round: a cycle.
        boolean addPropagate(AbstractConstraint c, int mark) {
            ArrayList<AbstractConstraint> todo = new ArrayList<>();
            todo.add(c);
            while (todo.size() > 0) {
                AbstractConstraint d = todo.remove(todo.size() - 1);
                if (d.getOutput().mark == mark) {
                    incrementalRemove(c);
                    return false;
                }
                d.recalculate();
                addConstraintsConsumingTo(d.getOutput(), todo);
            }
            return true;
        }

        // Frees `out` and everything downstream of it; returns the unsatisfied
        // constraints met on the way.
        ArrayList<AbstractConstraint> removePropagateFrom(Variable out) {
            ArrayList<AbstractConstraint> unsatisfied = new ArrayList<>();
            out.determinedBy = null;
            out.walkStrength = WEAKEST;
            out.stay = true;
            ArrayList<Variable> todo = new ArrayList<>();
            todo.add(out);
            while (todo.size() > 0) {
                Variable v = todo.remove(todo.size() - 1);
                v.constraints.forEach(c -> {
                    if (!c.isSatisfied()) {
                        unsatisfied.add(c);
                    }
                });
                constraintsConsuming(v, c -> {
                    c.recalculate();
                    todo.add(c.getOutput());
                });
            }
            return unsatisfied;
        }

        Plan extractPlanFromConstraints(List<AbstractConstraint> constraints) {
            ArrayList<AbstractConstraint> sources = new ArrayList<>();
            constraints.forEach(c -> {
                if (c.isInput() && c.isSatisfied()) {
                    sources.add(c);
                }
            });
            return makePlan(sources);
        }

        // Breadth-first from the sources, a constraint joins the plan once all its inputs
        // are known: a topological order of the satisfied constraints downstream.
        Plan makePlan(ArrayList<AbstractConstraint> sources) {
            int mark = newMark();
            Plan plan = new Plan();
            ArrayList<AbstractConstraint> todo = sources;
            int head = 0;
            while (head < todo.size()) {
                AbstractConstraint c = todo.get(head);
                head++;
                if (c.getOutput().mark != mark && c.inputsKnown(mark)) {
                    plan.push(c);
                    c.getOutput().mark = mark;
                    addConstraintsConsumingTo(c.getOutput(), todo);
                }
            }
            return plan;
        }

        void addConstraintsConsumingTo(Variable v, ArrayList<AbstractConstraint> coll) {
            constraintsConsuming(v, c -> coll.add(c));
        }

        void constraintsConsuming(Variable v, Consumer<AbstractConstraint> fn) {
            AbstractConstraint determining = v.determinedBy;
            v.constraints.forEach(c -> {
                if (c != determining && c.isSatisfied()) {
                    fn.accept(c);
                }
            });
        }

        // Sets `v` to `newValue` through an edit constraint and runs the plan that
        // follows from it (ten times, as an interactive edit would).
        void change(Variable v, int newValue) {
            EditConstraint edit = new EditConstraint(v, PREFERRED, this);
            Plan plan = extractPlanFromConstraints(List.of(edit));
            for (int i = 0; i < 10; i++) {
                v.value = newValue;
                plan.execute();
            }
            edit.destroyConstraint(this);
        }

        // v0 = v1 = ... = vn (required), vn stays (strong default), v0 is edited
        // (preferred): the edit must win and reach vn.
        static boolean chainTest(int n) {
            Planner planner = new Planner();
            ArrayList<Variable> vars = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                vars.add(new Variable(0));
            }
            for (int i = 0; i < n; i++) {
                new EqualityConstraint(vars.get(i), vars.get(i + 1), REQUIRED, planner);
            }
            new StayConstraint(vars.get(n), STRONG_DEFAULT, planner);
            EditConstraint edit = new EditConstraint(vars.get(0), PREFERRED, planner);
            Plan plan = planner.extractPlanFromConstraints(List.of(edit));
            for (int i = 0; i < 100; i++) {
                vars.get(0).value = i;
                plan.execute();
                if (vars.get(n).value != i) {
                    return false;
                }
            }
            edit.destroyConstraint(planner);
            return true;
        }

        // n pairs src_i, dst_i with dst_i = src_i * scale + offset (required) and src_i
        // staying (normal); edits flow forward from src, scale, offset, backward from dst.
        static boolean projectionTest(int n) {
            Planner planner = new Planner();
            Variable scale = new Variable(10);
            Variable offset = new Variable(1000);
            Variable src = null;
            Variable dst = null;
            ArrayList<Variable> dests = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                src = new Variable(i);
                dst = new Variable(i);
                dests.add(dst);
                new StayConstraint(src, NORMAL, planner);
                new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
            }
            planner.change(src, 17);
            if (dst.value != 1170) {
                return false;
            }
            planner.change(dst, 1050);
            if (src.value != 5) {
                return false;
            }
            planner.change(scale, 5);
            for (int i = 0; i < n - 1; i++) {
                if (dests.get(i).value != i * 5 + 1000) {
                    return false;
                }
            }
            planner.change(offset, 2000);
            for (int i = 0; i < n - 1; i++) {
                if (dests.get(i).value != i * 5 + 2000) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public boolean innerBenchmarkLoop(int innerIterations) {
        return Planner.chainTest(innerIterations) && Planner.projectionTest(innerIterations);
    }
}
