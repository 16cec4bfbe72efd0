/*
 * Builds ObjectLiteral nodes (ECMA-262 §13.2.5): `a: v`, shorthand `{a}`, methods, getters and
 * setters, and string, number and computed keys.
 *
 * Guarantees: a static key is turned into its property-key string here (an identifier as
 * written, a string cooked, a number by Number::toString, so `1.0` and `1` are both "1"); an
 * anonymous function value takes its key as name; a getter or setter is named as its `name`
 * property reads ("get x", "set x"). Reports node's errors for accessor arity and a duplicate
 * `__proto__`.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionKind;
import dev.kindling.frontend.ast.Expression.Property;
import dev.kindling.frontend.ast.Expression.PropertyKind;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

final class ObjectLiteralBuilder {
    private final AstBuilder b;

    ObjectLiteralBuilder(AstBuilder builder) {
        this.b = builder;
    }

    private static final FunctionScope.SuperContext OBJECT_METHOD = new FunctionScope.SuperContext(true, false, false, false);

    /** A property key: `name` for a static key, `computed` for `[expr]`. */
    record Key(String name, Expression computed) {
        String functionName() {
            return name == null ? "" : name;
        }
    }

    Expression objectLiteral(ObjectLiteralContext ctx) {
        List<Property> properties = new ArrayList<>();
        boolean sawProto = false;
        PropertyNameContext duplicateProto = null;
        for (PropertyDefinitionContext definition : ctx.propertyDefinition()) {
            Property p = property(definition);
            // Annex B §B.3.1: `__proto__: v` sets the prototype, so it may appear once.
            if (definition instanceof PropertyAssignmentContext pa && "__proto__".equals(p.name())) {
                if (sawProto && duplicateProto == null) {
                    duplicateProto = pa.propertyName();
                }
                sawProto = true;
            }
            properties.add(p);
        }
        Expression.ObjectLiteral literal = new Expression.ObjectLiteral(b.text.offset(ctx), properties);
        if (duplicateProto != null) { // an error unless the literal is a destructuring pattern
            int start = b.text.offset(duplicateProto);
            b.patterns.duplicateProto(literal, start, b.text.end(duplicateProto.getStop()) - start);
        }
        List<PropertyDefinitionContext> definitions = ctx.propertyDefinition();
        if (!definitions.isEmpty() && definitions.get(definitions.size() - 1) instanceof SpreadPropertyContext
                && ctx.getChild(ctx.getChildCount() - 2) instanceof org.antlr.v4.runtime.tree.TerminalNode) {
            b.patterns.restBeforeComma(literal); // `{...a,}`: fine for a literal, not for a pattern
        }
        return literal;
    }

    private Property property(PropertyDefinitionContext definition) {
        int pos = b.text.offset(definition);
        if (definition instanceof PropertyAssignmentContext ctx) {
            Key key = key(ctx.propertyName());
            Expression value = b.expressions.assignment(ctx.assignmentExpression());
            if (key.name != null && !key.name.equals("__proto__")) {
                value = FunctionBuilder.named(value, key.name);
            }
            return new Property(pos, key.name, key.computed, value, PropertyKind.INIT, false);
        }
        if (definition instanceof MethodPropertyContext ctx) {
            Key key = key(ctx.propertyName());
            b.memberSuperContext = OBJECT_METHOD; // `super.x` in a method: its home object is the literal
            Expression function = b.functions.method(pos, key.functionName(),
                    FunctionBuilder.kind(ctx.Async() != null,
                            ctx.Multiply() != null ? FunctionKind.GENERATOR_METHOD : FunctionKind.METHOD),
                    ctx.formalParameterList(), ctx.functionBody());
            return new Property(pos, key.name, key.computed, function, PropertyKind.METHOD, false);
        }
        if (definition instanceof AccessorPropertyContext ctx) {
            boolean getter = ctx.getStart().getType() == JavaScriptLexer.Get;
            Key key = key(ctx.propertyName());
            int paramCount = ctx.formalParameterList() == null ? 0 : ctx.formalParameterList().formalParameter().size();
            // node underlines the parameter list, `(` to `)`.
            int open = b.text.offset(ctx.OpenParen().getSymbol());
            int length = b.text.end(ctx.CloseParen().getSymbol()) - open;
            if (getter && paramCount != 0) {
                throw b.error(open, length, "Getter must not have any formal parameters.");
            }
            if (!getter && paramCount != 1) {
                throw b.error(open, length, "Setter must have exactly one formal parameter.");
            }
            String name = key.name == null ? "" : (getter ? "get " : "set ") + key.name;
            b.memberSuperContext = OBJECT_METHOD;
            Expression function = b.functions.method(pos, name, getter ? FunctionKind.GETTER : FunctionKind.SETTER,
                    ctx.formalParameterList(), ctx.functionBody());
            return new Property(pos, key.name, key.computed, function,
                    getter ? PropertyKind.GET : PropertyKind.SET, false);
        }
        if (definition instanceof SpreadPropertyContext ctx) {
            return new Property(pos, null, null, b.expressions.assignment(ctx.assignmentExpression()),
                    PropertyKind.SPREAD, false);
        }
        if (definition instanceof CoverInitializedNameContext ctx) {
            // `{a = 1}`: kept as shorthand `a` with the assignment `a = 1`; PatternBuilder takes
            // it apart if the literal is a pattern, and reports it otherwise.
            Expression.Identifier name = b.reference(ctx.identifier());
            Expression value = b.expressions.namedAssignment(ctx.assignmentExpression(), name.name());
            Expression.Assign cover = new Expression.Assign(b.text.offset(ctx.Assign().getSymbol()),
                    Expression.AssignOp.ASSIGN, name, value);
            b.patterns.coverInitializer(cover, pos, b.text.end(ctx.getStop()));
            return new Property(pos, name.name(), null, cover, PropertyKind.INIT, true);
        }
        ShorthandPropertyContext ctx = (ShorthandPropertyContext) definition;
        Expression.Identifier value = b.reference(ctx.identifier());
        return new Property(pos, value.name(), null, value, PropertyKind.INIT, true);
    }

    Key key(PropertyNameContext ctx) {
        if (ctx.assignmentExpression() != null) {
            return new Key(null, b.expressions.assignment(ctx.assignmentExpression()));
        }
        if (ctx.identifierName() != null) {
            return new Key(b.expressions.propertyName(ctx.identifierName()), null);
        }
        Token token = ctx.getStart();
        if (token.getType() == JavaScriptLexer.StringLiteral) {
            return new Key(b.literals.string(token, b.strict()), null);
        }
        return new Key(Literals.numberToString(b.literals.number(token, b.strict())), null);
    }
}
