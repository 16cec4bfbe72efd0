/*
 * Loads and stores of variables, by where scope analysis put them: a register (Ldar/Star), a
 * context slot (LdaCurrentContextSlot / LdaContextSlot with a depth), or a global (LdaGlobal,
 * StaGlobal); a name a sloppy direct eval may bind, or a with object may have, is looked up by name instead
 * (LdaLookupSlot, LdaLookupGlobalSlot, StaLookupSlot). Also the checks that come with them: the TDZ hole check and the const check.
 *
 * All operations take and leave the value in the accumulator.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.FeedbackSlotKind;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.Variable;

final class VariableAccess {
    private final BytecodeGenerator g;
    private final BytecodeArrayBuilder builder;

    VariableAccess(BytecodeGenerator g) {
        this.g = g;
        this.builder = g.builder;
    }

    /** The register operand of a register-allocated variable, or 0 if it is not in one. */
    static int registerOf(Variable v) {
        if (v == null) {
            return 0;
        }
        return switch (v.location()) {
            case LOCAL -> Register.local(v.index());
            case PARAMETER -> v.kind() == Variable.Kind.THIS ? Register.RECEIVER : Register.parameter(v.index());
            default -> 0;
        };
    }

    /** acc = the variable `reference` names (v null: the global of that name). */
    void load(Variable v, Node reference, boolean insideTypeof) {
        if (g.scopes.isDynamic(reference)) {
            // A sloppy direct eval may bind the name at run time (ScopeAnalysis.isDynamic), or
            // a with object have it: then never the global form (V8's VariableMode::kDynamic).
            String name = ((dev.kindling.frontend.ast.Expression.Identifier) reference).name();
            builder.setExpressionPosition(reference.pos());
            builder.emit(v == null && !g.scopes.isLookupThroughWith(reference) ? (insideTypeof ? Bytecode.LdaLookupGlobalSlotInsideTypeof : Bytecode.LdaLookupGlobalSlot)
                    : (insideTypeof ? Bytecode.LdaLookupSlotInsideTypeof : Bytecode.LdaLookupSlot), builder.constant(name));
            return;
        }
        if (v == null) {
            String name = ((dev.kindling.frontend.ast.Expression.Identifier) reference).name();
            if (name.equals("undefined")) {
                builder.emit(Bytecode.LdaUndefined);
                return;
            }
            FeedbackSlotKind kind = insideTypeof ? FeedbackSlotKind.LoadGlobalInsideTypeof
                    : FeedbackSlotKind.LoadGlobalNotInsideTypeof;
            int slot = g.expressions.globalLoadSlot(kind, name);
            builder.setExpressionPosition(reference.pos());
            builder.emit(insideTypeof ? Bytecode.LdaGlobalInsideTypeof : Bytecode.LdaGlobal, builder.constant(name), slot);
            return;
        }
        if (g.scopes.isAlwaysInTdz(reference)) {
            builder.emit(Bytecode.LdaTheHole);
            builder.emit(Bytecode.ThrowReferenceErrorIfHole, builder.constant(v.name()));
            return;
        }
        int register = registerOf(v);
        if (register != 0) {
            builder.emit(Bytecode.Ldar, register);
        } else {
            int depth = ScopeAnalysis.contextDepth(g.currentScope, v);
            // V8 loads a context slot with the Immutable bytecodes when the variable is a const
            // or is never assigned after its initialization (so the compiler may constant-fold it).
            boolean immutable = (v.kind() == Variable.Kind.CONST || !v.isMaybeAssigned())
                    && !g.scopes.needsHoleCheck(reference);
            if (depth == 0) {
                builder.emit(immutable ? Bytecode.LdaImmutableCurrentContextSlot : Bytecode.LdaCurrentContextSlot, v.index());
            } else {
                builder.emit(immutable ? Bytecode.LdaImmutableContextSlot : Bytecode.LdaContextSlot,
                        Register.CONTEXT, v.index(), depth);
            }
        }
        if (g.scopes.needsHoleCheck(reference)) {
            // No position of its own: V8 reports a TDZ error at the enclosing statement.
            builder.emit(Bytecode.ThrowReferenceErrorIfHole, builder.constant(v.name()));
        }
    }

    /**
     * Assignment `name = acc`: a hole check for a let in its TDZ, a TypeError for a const, a
     * global store (which in strict code requires the global to exist). `position` is the
     * assignment's (where node reports a failing store).
     */
    void store(Variable v, Node reference, int position, boolean isParameterDefault) {
        if (g.scopes.isDynamic(reference)) {
            storeLookupSlot(((dev.kindling.frontend.ast.Expression.Identifier) reference).name(), position);
            return;
        }
        if (v == null) {
            storeGlobal(((dev.kindling.frontend.ast.Expression.Identifier) reference).name(), position);
            return;
        }
        if (!isParameterDefault && g.scopes.needsHoleCheck(reference)) {
            int value = g.registers.allocate();
            builder.emit(Bytecode.Star, value);
            load(v, reference, false);
            builder.emit(Bytecode.Ldar, value);
        }
        if (v.kind() == Variable.Kind.CONST || (v.kind() == Variable.Kind.FUNCTION_SELF && g.strict)) {
            builder.setExpressionPosition(position);
            builder.emit(Bytecode.CallRuntime, RuntimeFunction.ThrowConstAssignError.ordinal(), Register.local(0), 0);
            return;
        }
        if (v.kind() == Variable.Kind.FUNCTION_SELF) {
            return;
        }
        initialize(v);
    }

    /** The binding `name` finds at run time = acc (StaLookupSlot: see ScopeAnalysis.isDynamic). */
    void storeLookupSlot(String name, int position) {
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.StaLookupSlot, builder.constant(name), g.strict ? 1 : 0);
    }

    /** The global `name` = acc (in strict code the global must exist). */
    void storeGlobal(String name, int position) {
        int slot = builder.addFeedbackSlot(g.strict ? FeedbackSlotKind.StoreGlobalStrict : FeedbackSlotKind.StoreGlobalSloppy);
        builder.setExpressionPosition(position);
        builder.emit(Bytecode.StaGlobal, builder.constant(name), slot);
    }

    /** Stores acc into the variable with no checks: declarations, hoisting, parameters. */
    void initialize(Variable v) {
        int register = registerOf(v);
        if (register != 0) {
            builder.emit(Bytecode.Star, register);
            return;
        }
        int depth = ScopeAnalysis.contextDepth(g.currentScope, v);
        if (depth == 0) {
            builder.emit(Bytecode.StaCurrentContextSlot, v.index());
        } else {
            builder.emit(Bytecode.StaContextSlot, Register.CONTEXT, v.index(), depth);
        }
    }
}
