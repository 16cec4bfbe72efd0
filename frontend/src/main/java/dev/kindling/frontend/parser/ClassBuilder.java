/*
 * Builds ClassLiteral nodes (ECMA-262 §15.7): the constructor (explicit, or the implicit one
 * the spec synthesizes: empty for a base class, `constructor(...args) { super(...args); }` for
 * a derived one), methods, getters and setters (static or not, with static or computed keys),
 * and fields, which become the bodies of two synthetic functions as in V8: the instance
 * fields' <instance_members_initializer> (run by the constructor on each new instance) and
 * the static fields' and static blocks' <static_initializer> (run once, on the class, when it
 * is defined).
 *
 * Assumes: AstBuilder.scope is the scope the class appears in.
 * Guarantees: all of a class is strict code; each member is built with the `super` context
 * it allows (FunctionScope.SuperContext); node's early errors for a duplicate constructor, an
 * accessor or generator constructor, a static `prototype` and a field named `constructor`.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.ClassLiteral;
import dev.kindling.frontend.ast.Expression.ClassMember;
import dev.kindling.frontend.ast.Expression.FunctionKind;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Expression.PropertyKind;
import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

final class ClassBuilder {
    private static final String CONSTRUCTOR = "constructor";

    private final AstBuilder b;

    ClassBuilder(AstBuilder builder) {
        this.b = builder;
    }

    ClassLiteral declaration(ClassDeclarationContext ctx) {
        return build(ctx, className(ctx.identifier()), ctx.classTail());
    }

    ClassLiteral expression(ClassExpressionContext ctx) {
        return build(ctx, ctx.identifier() == null ? "" : className(ctx.identifier()), ctx.classTail());
    }

    /**
     * A class's name: all of a class is strict code (§11.2.2), its name included, so `class
     * static {}` and `class yield {}` are errors even in sloppy code.
     */
    private String className(IdentifierContext ctx) {
        FunctionScope outer = b.scope;
        b.scope = new FunctionScope(outer, true);
        try {
            return b.binding(ctx).name();
        } finally {
            b.scope = outer;
        }
    }

    /** An anonymous class given a name by NamedEvaluation (`const A = class {}`). */
    static ClassLiteral renamed(ClassLiteral c, String name) {
        FunctionLiteral f = c.constructor();
        FunctionLiteral ctor = new FunctionLiteral(f.pos(), name, f.selfBinding(), f.params(), f.body(), f.kind(),
                f.expressionBody(), f.strict(), f.end(), f.id());
        return new ClassLiteral(c.pos(), c.name(), c.superClass(), ctor, c.members(), c.instanceInitializer(),
                c.staticInitializer(), c.end());
    }

    private ClassLiteral build(ParserRuleContext ctx, String name, ClassTailContext tail) {
        int pos = b.text.offset(ctx);
        int end = b.text.end(tail.CloseBrace().getSymbol());
        FunctionScope outer = b.scope;
        b.scope = new FunctionScope(outer, true); // §11.2.2: all parts of a class are strict
        b.scope.superContext = outer.superContext;
        try {
            Expression superClass = tail.leftHandSideExpression() == null
                    ? null : b.expressions.leftHandSide(tail.leftHandSideExpression());
            boolean derived = superClass != null;
            // Private methods and accessors are installed by the initializer too (see PrivateNames).
            boolean instanceFields = tail.classElement().stream().anyMatch(e ->
                    e instanceof ClassFieldContext f && f.Static() == null
                    || e instanceof ClassMethodContext m && m.Static() == null && m.classElementName().PrivateIdentifier() != null
                    || e instanceof ClassAccessorContext a && a.Static() == null && a.classElementName().PrivateIdentifier() != null);
            java.util.Map<String, String> privateDeclarations = new java.util.HashMap<>();
            FunctionLiteral constructor = null;
            List<ClassMember> members = new ArrayList<>();
            List<Statement> instanceFieldDefinitions = new ArrayList<>();
            List<Statement> staticFieldDefinitions = new ArrayList<>();
            int instanceInitializerId = instanceFields ? b.nextFunctionId() : 0;
            int staticInitializerId = 0;
            for (ClassElementContext element : tail.classElement()) {
                int elementPos = b.text.offset(element);
                if (element instanceof ClassMethodContext m && m.classElementName().PrivateIdentifier() != null) {
                    boolean isStatic = m.Static() != null;
                    String privateName = declarePrivate(privateDeclarations, m.classElementName(), "method", isStatic, element);
                    b.memberSuperContext = new FunctionScope.SuperContext(true, isStatic, false, false);
                    FunctionLiteral fn = b.functions.method(methodStart(m), privateName,
                            methodKind(m), m.formalParameterList(), m.functionBody());
                    members.add(new ClassMember(elementPos, privateName, null, fn, PropertyKind.METHOD, isStatic));
                } else if (element instanceof ClassAccessorContext a && a.classElementName().PrivateIdentifier() != null) {
                    boolean isStatic = a.Static() != null;
                    boolean getter = a.Get() != null;
                    String privateName = declarePrivate(privateDeclarations, a.classElementName(), getter ? "get" : "set",
                            isStatic, element);
                    checkAccessorParameters(a, getter);
                    b.memberSuperContext = new FunctionScope.SuperContext(true, isStatic, false, false);
                    FunctionLiteral fn = b.functions.method(b.text.offset(a.classElementName()), privateName,
                            getter ? FunctionKind.GETTER : FunctionKind.SETTER, a.formalParameterList(), a.functionBody());
                    members.add(new ClassMember(elementPos, privateName, null, fn,
                            getter ? PropertyKind.GET : PropertyKind.SET, isStatic));
                } else if (element instanceof ClassFieldContext f && f.classElementName().PrivateIdentifier() != null) {
                    boolean isStatic = f.Static() != null;
                    if (isStatic && staticInitializerId == 0) {
                        staticInitializerId = b.nextFunctionId();
                    }
                    String privateName = declarePrivate(privateDeclarations, f.classElementName(), "field", isStatic, element);
                    members.add(new ClassMember(elementPos, privateName, null, null, PropertyKind.INIT, isStatic));
                    (isStatic ? staticFieldDefinitions : instanceFieldDefinitions).add(privateField(f, privateName, isStatic));
                } else if (element instanceof ClassMethodContext m) {
                    boolean isStatic = m.Static() != null;
                    ObjectLiteralBuilder.Key key = b.objects.key(m.classElementName().propertyName());
                    if (!isStatic && isConstructorKey(key, m.classElementName().propertyName())) {
                        if (constructor != null) {
                            throw b.error(m.classElementName().propertyName(), "A class may only have one constructor");
                        }
                        if (m.Async() != null) {
                            throw b.error(m.classElementName().propertyName(), "Class constructor may not be an async method");
                        }
                        if (m.Multiply() != null) {
                            throw b.error(m.classElementName().propertyName(), "Class constructor may not be a generator");
                        }
                        b.memberSuperContext = new FunctionScope.SuperContext(true, false, derived, instanceFields);
                        constructor = b.functions.method(elementPos, name,
                                derived ? FunctionKind.DERIVED_CONSTRUCTOR : FunctionKind.BASE_CONSTRUCTOR,
                                m.formalParameterList(), m.functionBody());
                        continue;
                    }
                    checkStaticPrototype(isStatic, key, m.classElementName().propertyName());
                    b.memberSuperContext = new FunctionScope.SuperContext(true, isStatic, false, false);
                    FunctionLiteral fn = b.functions.method(methodStart(m), key.functionName(),
                            methodKind(m), m.formalParameterList(), m.functionBody());
                    members.add(new ClassMember(elementPos, key.name(), key.computed(), fn, PropertyKind.METHOD, isStatic));
                } else if (element instanceof ClassAccessorContext a) {
                    boolean isStatic = a.Static() != null;
                    boolean getter = a.Get() != null;
                    ObjectLiteralBuilder.Key key = b.objects.key(a.classElementName().propertyName());
                    if (!isStatic && isConstructorKey(key, a.classElementName().propertyName())) {
                        throw b.error(a.classElementName().propertyName(), "Class constructor may not be an accessor");
                    }
                    checkStaticPrototype(isStatic, key, a.classElementName().propertyName());
                    checkAccessorParameters(a, getter);
                    String fnName = key.name() == null ? "" : (getter ? "get " : "set ") + key.name();
                    b.memberSuperContext = new FunctionScope.SuperContext(true, isStatic, false, false);
                    FunctionLiteral fn = b.functions.method(b.text.offset(a.classElementName().propertyName()), fnName,
                            getter ? FunctionKind.GETTER : FunctionKind.SETTER, a.formalParameterList(), a.functionBody());
                    members.add(new ClassMember(elementPos, key.name(), key.computed(), fn,
                            getter ? PropertyKind.GET : PropertyKind.SET, isStatic));
                } else if (element instanceof ClassStaticBlockContext block) {
                    if (staticInitializerId == 0) {
                        staticInitializerId = b.nextFunctionId();
                    }
                    b.memberSuperContext = new FunctionScope.SuperContext(true, true, false, false);
                    FunctionLiteral body = b.functions.method(elementPos, "", FunctionKind.METHOD, null,
                            block.functionBody());
                    checkInitializerCode(body.body());
                    staticFieldDefinitions.add(new Statement.ExpressionStatement(elementPos,
                            new Expression.StaticBlock(elementPos, body, new Expression.This(elementPos))));
                } else if (element instanceof ClassFieldContext f) {
                    boolean isStatic = f.Static() != null;
                    if (isStatic && staticInitializerId == 0) {
                        staticInitializerId = b.nextFunctionId();
                    }
                    ObjectLiteralBuilder.Key key = b.objects.key(f.classElementName().propertyName());
                    Expression.Identifier keyVariable = null;
                    if (key.computed() != null) {
                        keyVariable = new Expression.Identifier(elementPos, ClassLiteral.fieldKeyName(members.size()));
                        members.add(new ClassMember(elementPos, null, key.computed(), null, PropertyKind.INIT, isStatic));
                    }
                    (isStatic ? staticFieldDefinitions : instanceFieldDefinitions).add(field(f, key, keyVariable, isStatic));
                }
            }
            // Private methods and accessors are on the object before any field initializer runs
            // (InitializeInstanceElements: PrivateMethodOrAccessorAdd first).
            List<Statement> instancePrivate = new ArrayList<>();
            List<Statement> staticPrivate = new ArrayList<>();
            java.util.Set<String> defined = new java.util.HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                ClassMember m = members.get(i);
                if (m.isPrivate() && m.value() != null && defined.add(m.name())) {
                    if (m.isStatic() && staticInitializerId == 0) {
                        staticInitializerId = b.nextFunctionId();
                    }
                    (m.isStatic() ? staticPrivate : instancePrivate).add(definePrivate(members, m));
                }
            }
            instanceFieldDefinitions.addAll(0, instancePrivate);
            staticFieldDefinitions.addAll(0, staticPrivate);
            if (constructor == null) {
                constructor = implicitConstructor(pos, end, name, derived, instanceFields);
            } else if (instanceFields && !derived) {
                List<Statement> body = new ArrayList<>();
                body.add(new Statement.ExpressionStatement(constructor.pos(), initializeFields(constructor.pos())));
                body.addAll(constructor.body());
                constructor = new FunctionLiteral(constructor.pos(), constructor.name(), false, constructor.params(), body,
                        constructor.kind(), false, true, constructor.end(), constructor.id());
            }
            FunctionLiteral instanceInitializer = instanceFields
                    ? initializer(pos, end, "<instance_members_initializer>", instanceFieldDefinitions, instanceInitializerId)
                    : null;
            FunctionLiteral staticInitializer = staticInitializerId != 0
                    ? initializer(pos, end, "<static_initializer>", staticFieldDefinitions, staticInitializerId) : null;
            return new ClassLiteral(pos, name, superClass, constructor, members, instanceInitializer, staticInitializer, end);
        } finally {
            b.scope = outer;
        }
    }

    private void checkAccessorParameters(ClassAccessorContext a, boolean getter) {
        int params = a.formalParameterList() == null ? 0 : a.formalParameterList().formalParameter().size();
        int open = b.text.offset(a.OpenParen().getSymbol());
        int length = b.text.end(a.CloseParen().getSymbol()) - open;
        if (getter && params != 0) {
            throw b.error(open, length, "Getter must not have any formal parameters.");
        }
        if (!getter && params != 1) {
            throw b.error(open, length, "Setter must have exactly one formal parameter.");
        }
    }

    /**
     * Declares private name `#x` (§15.7.1 early errors: each at most once, except one getter and
     * one setter of the same placement); node reports a duplicate at the end of its element.
     */
    private String declarePrivate(java.util.Map<String, String> declared, ClassElementNameContext nameCtx, String kind,
                                  boolean isStatic, ParserRuleContext element) {
        String name = b.literals.identifier(nameCtx.PrivateIdentifier().getSymbol()); // with its escapes decoded, as any name
        if (name.equals("#constructor")) {
            throw b.error(nameCtx, kind.equals("field") ? "Classes may not have a private field named '#constructor'"
                    : "Class constructor may not be a private method");
        }
        String entry = (isStatic ? "static " : "") + kind;
        String previous = declared.get(name);
        boolean pairs = previous != null && (previous.equals((isStatic ? "static " : "") + "get") && kind.equals("set")
                || previous.equals((isStatic ? "static " : "") + "set") && kind.equals("get"));
        if (previous != null && !pairs) {
            throw b.error(b.text.end(element.getStop()) - 1, 1, "Identifier '" + name + "' has already been declared");
        }
        declared.put(name, pairs ? "pair" : entry);
        return name;
    }

    /**
     * A field's initializer (null if none), built as part of a method-like function: `this` is
     * the instance (or the class), and `super.x` is allowed. An anonymous function takes `name`.
     */
    private Expression fieldValue(ClassFieldContext f, String name, boolean isStatic) {
        if (f.assignmentExpression() == null) {
            return null;
        }
        FunctionScope outer = b.scope;
        b.scope = new FunctionScope(outer, true);
        b.scope.superContext = new FunctionScope.SuperContext(true, isStatic, false, false);
        Expression value;
        try {
            value = name == null ? b.expressions.assignment(f.assignmentExpression())
                    : b.expressions.namedAssignment(f.assignmentExpression(), name);
        } finally {
            b.scope = outer;
        }
        checkInitializerCode(List.of(value));
        return value;
    }

    /** `#x = value`: the field defined under the private name held by the class scope's variable `#x`. */
    private Statement privateField(ClassFieldContext f, String name, boolean isStatic) {
        int pos = b.text.offset(f.classElementName());
        return new Statement.ExpressionStatement(pos, new Expression.DefineField(pos, new Expression.This(pos), null,
                new Expression.Identifier(pos, name), fieldValue(f, name, isStatic)));
    }

    /** Installs private method or accessor `m` (both halves of an accessor) on the initializer's receiver. */
    private static Statement definePrivate(List<ClassMember> members, ClassMember m) {
        Expression.Identifier first = null;
        Expression.Identifier second = null;
        for (int i = 0; i < members.size(); i++) {
            ClassMember other = members.get(i);
            if (other.name() != null && other.name().equals(m.name()) && other.value() != null) {
                Expression.Identifier closure = new Expression.Identifier(m.pos(), ClassLiteral.privateValueName(i));
                if (other.kind() == PropertyKind.SET) {
                    second = closure;
                } else {
                    first = closure;
                }
            }
        }
        return new Statement.ExpressionStatement(m.pos(), new Expression.DefinePrivateMember(m.pos(),
                new Expression.This(m.pos()), new Expression.Identifier(m.pos(), m.name()), first, second));
    }

    /** `constructor` as a plain or string key (not computed: `['constructor']() {}` is a method). */
    /**
     * Where a method's source text starts (Function.prototype.toString): its name, or the `*` of
     * a generator method (`*m() {}`), after any `static`.
     */
    private int methodStart(ClassMethodContext m) {
        return m.Async() != null ? b.text.offset(m.Async().getSymbol())
                : m.Multiply() != null ? b.text.offset(m.Multiply().getSymbol())
                : b.text.offset(m.classElementName().PrivateIdentifier() != null ? m.classElementName()
                        : m.classElementName().propertyName());
    }

    /** A class method's kind: `*m() {}` is a generator method, `async m() {}` an async one. */
    private static FunctionKind methodKind(ClassMethodContext m) {
        return FunctionBuilder.kind(m.Async() != null, m.Multiply() != null ? FunctionKind.GENERATOR_METHOD : FunctionKind.METHOD);
    }

    private static boolean isConstructorKey(ObjectLiteralBuilder.Key key, PropertyNameContext ctx) {
        return CONSTRUCTOR.equals(key.name()) && ctx.assignmentExpression() == null;
    }

    private void checkStaticPrototype(boolean isStatic, ObjectLiteralBuilder.Key key, PropertyNameContext ctx) {
        if (isStatic && "prototype".equals(key.name())) {
            throw b.error(ctx, "Classes may not have a static property named 'prototype'");
        }
    }

    /** One field: `name = value` defined on the initializer's receiver. */
    private Statement field(ClassFieldContext f, ObjectLiteralBuilder.Key key, Expression.Identifier keyVariable,
                            boolean isStatic) {
        if (CONSTRUCTOR.equals(key.name())) {
            throw b.error(f.classElementName().propertyName(), "Classes may not have a field named 'constructor'");
        }
        if (isStatic && "prototype".equals(key.name())) {
            throw b.error(f.classElementName().propertyName(), "Classes may not have a static property named 'prototype'");
        }
        int pos = b.text.offset(f.classElementName().propertyName());
        Expression value = fieldValue(f, key.name(), isStatic);
        return new Statement.ExpressionStatement(pos,
                new Expression.DefineField(pos, new Expression.This(pos), key.name(), keyVariable, value));
    }

    /**
     * §15.7.1 early errors: field initializers and static blocks may not use `arguments`, and a
     * static block may not `return` (nested non-arrow functions have their own of each).
     */
    private void checkInitializerCode(List<? extends Node> code) {
        for (Node n : code) {
            Node ret = Children.find(n, x -> x instanceof Statement.Return, x -> !(x instanceof FunctionLiteral));
            if (ret != null) {
                throw b.error(ret.pos(), "return".length(), "Illegal return statement");
            }
        }
        checkNoArguments(code);
    }

    /** Field initializer code (or eval code called in one) may not name `arguments` outside a non-arrow function. */
    void checkNoArguments(List<? extends Node> code) {
        for (Node n : code) {
            Node bad = Children.find(n, x -> x instanceof Expression.Identifier id && id.name().equals("arguments"),
                    x -> !(x instanceof FunctionLiteral f) || f.isArrow());
            if (bad != null) {
                throw b.error(bad.pos(), "arguments".length(),
                        "'arguments' is not allowed in class field initializer or static initialization block");
            }
        }
    }

    private static FunctionLiteral initializer(int pos, int end, String name, List<Statement> body, int id) {
        return new FunctionLiteral(pos, name, false, List.of(), body, FunctionKind.INITIALIZER, false, true, end, id);
    }

    private static Expression.InitializeFields initializeFields(int pos) {
        return new Expression.InitializeFields(pos, new Expression.Identifier(pos, ClassLiteral.INSTANCE_INITIALIZER),
                new Expression.This(pos));
    }

    /** The implicit constructor (§15.7.14 step 14): empty, or one that forwards all arguments to super. */
    private FunctionLiteral implicitConstructor(int pos, int end, String name, boolean derived, boolean fields) {
        int id = b.nextFunctionId();
        List<Statement> body = new ArrayList<>();
        List<Expression.Param> params = List.of();
        if (derived) {
            Expression.Identifier args = new Expression.Identifier(pos, "args");
            params = List.of(new Expression.Param(pos, args, null, true));
            body.add(new Statement.ExpressionStatement(pos, superCall(pos,
                    List.of(new Expression.Spread(pos, new Expression.Identifier(pos, "args"))), fields)));
        } else if (fields) {
            body.add(new Statement.ExpressionStatement(pos, initializeFields(pos)));
        }
        return new FunctionLiteral(pos, name, false, params, body,
                derived ? FunctionKind.DERIVED_CONSTRUCTOR : FunctionKind.BASE_CONSTRUCTOR, false, true, end, id);
    }

    /** `super(args)`, with the hidden references it uses (see Expression.SuperCall). */
    static Expression.SuperCall superCall(int pos, List<Expression> args, boolean fields) {
        return new Expression.SuperCall(pos, args, new Expression.Identifier(pos, ClassLiteral.THIS_FUNCTION),
                new Expression.Identifier(pos, ClassLiteral.NEW_TARGET), new Expression.This(pos),
                fields ? initializeFields(pos) : null);
    }

    /** `super.name` / `super[key]` in a member whose super context is `context`. */
    static Expression.SuperProperty superProperty(int pos, String name, Expression key, FunctionScope.SuperContext context) {
        return new Expression.SuperProperty(pos, name, key, new Expression.Identifier(pos,
                context.isStatic() ? ClassLiteral.STATIC_HOME_OBJECT : ClassLiteral.HOME_OBJECT), new Expression.This(pos));
    }
}
