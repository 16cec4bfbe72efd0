/*
 * Expression nodes. One record per kind of expression, named as in ESTree where ESTree has a
 * name. A node's `pos` is its start unless its comment says otherwise; the exceptions are the
 * offsets V8 attaches to the bytecode that can throw or that records feedback, so errors point
 * where node's do.
 */
package dev.kindling.frontend.ast;

import java.util.List;

public sealed interface Expression extends Node {

    // ---- primary ------------------------------------------------------------------------

    /** A numeric literal, already converted to its IEEE double value. */
    record NumberLiteral(int pos, double value) implements Expression {}

    /**
     * A regular-expression literal, `/body/flags`, as written (§12.9.5). The frontend has
     * already checked the body with the regexp parser, so compiling it cannot fail.
     */
    record RegExpLiteral(int pos, String pattern, String flags) implements Expression {}

    /** A string literal with escapes already decoded. */
    record StringLiteral(int pos, String value) implements Expression {}

    /**
     * A template literal: quasis.size() == expressions.size() + 1. Quasis are cooked (escapes
     * decoded).
     */
    record TemplateLiteral(int pos, List<String> quasis, List<Expression> expressions) implements Expression {}
    /**
     * The template object a tagged template passes as its first argument (§13.2.8.4
     * GetTemplateObject): the cooked strings, with a frozen `raw` array of the source texts.
     * A tagged template tag`a${x}b` is the call tag(<TemplateObject>, x).
     */
    record TemplateObject(int pos, List<String> cooked, List<String> raw) implements Expression {}

    record BooleanLiteral(int pos, boolean value) implements Expression {}

    record NullLiteral(int pos) implements Expression {}

    /** A name: a reference in an expression, or a binding in a Pattern position. */
    record Identifier(int pos, String name) implements Expression, Pattern {}

    record This(int pos) implements Expression {}

    /** `[a, , b]`: a hole is a null element. */
    record ArrayLiteral(int pos, List<Expression> elements) implements Expression {}

    /** `{a: 1, b, [k]: 2, m() {}}`. */
    record ObjectLiteral(int pos, List<Property> properties) implements Expression {}

    /** SPREAD is `...expr` in an object literal: value is expr, copied by CopyDataProperties. */
    enum PropertyKind { INIT, METHOD, GET, SET, SPREAD }

    /**
     * One property of an object literal. A static key is in `name` (identifiers, strings and
     * numbers all become their property-key string, `1.0` → "1") with computedKey null; a
     * computed key `[expr]` has name null. `shorthand` marks `{a}`.
     */
    record Property(int pos, String name, Expression computedKey, Expression value,
                    PropertyKind kind, boolean shorthand) implements Node {}

    // ---- destructuring patterns (ECMA-262 §14.3.3 binding patterns, §13.15.5 assignment patterns)

    /**
     * `{a, b: c = 1, [k]: d, ...rest}` as a binding or assignment target. rest is null without
     * `...rest`. A pattern is an Expression only so that an assignment and a for-in/of head can
     * hold it where they hold any other target; it is never evaluated for a value.
     */
    record ObjectPattern(int pos, List<PatternProperty> properties, Pattern rest) implements Expression, Pattern {}

    /** `[a, , b = 1, ...rest]`: a hole (elision) is a null element; rest is null without `...`. */
    record ArrayPattern(int pos, List<PatternElement> elements, Pattern rest) implements Expression, Pattern {}

    /**
     * One `key: target = default` of an object pattern (`{a}` is key "a", target a). The key is
     * `name` (a static key as a property-key string, as in Property) or `computedKey`;
     * defaultValue is null without `= default`. pos: the key.
     */
    record PatternProperty(int pos, String name, Expression computedKey, Pattern target,
                           Expression defaultValue) implements Node {}

    /** One `target = default` of an array pattern; defaultValue is null without one. pos: the target. */
    record PatternElement(int pos, Pattern target, Expression defaultValue) implements Node {}

    // ---- functions ----------------------------------------------------------------------

    /**
     * BASE_CONSTRUCTOR and DERIVED_CONSTRUCTOR are class constructors (without and with
     * `extends`), V8's kBaseConstructor and kDerivedConstructor; INITIALIZER is a class's
     * synthetic field initializer (V8's kClassMembersInitializerFunction). GENERATOR is a
     * `function*` (V8's kGeneratorFunction), GENERATOR_METHOD a `*m() {}` in a class or an
     * object literal (kConciseGeneratorMethod). The async kinds are V8's kAsyncFunction,
     * kAsyncArrowFunction, kAsyncConciseMethod, kAsyncGeneratorFunction and
     * kAsyncConciseGeneratorMethod.
     */
    enum FunctionKind {
        NORMAL, ARROW, METHOD, GETTER, SETTER, BASE_CONSTRUCTOR, DERIVED_CONSTRUCTOR, INITIALIZER,
        GENERATOR, GENERATOR_METHOD,
        ASYNC_FUNCTION, ASYNC_ARROW, ASYNC_METHOD, ASYNC_GENERATOR, ASYNC_GENERATOR_METHOD;

        public boolean isClassConstructor() {
            return this == BASE_CONSTRUCTOR || this == DERIVED_CONSTRUCTOR;
        }

        /** A generator function of any kind, async ones included (V8's IsGeneratorFunction). */
        public boolean isGenerator() {
            return this == GENERATOR || this == GENERATOR_METHOD || isAsyncGenerator();
        }

        /** V8's IsAsyncGeneratorFunction. */
        public boolean isAsyncGenerator() {
            return this == ASYNC_GENERATOR || this == ASYNC_GENERATOR_METHOD;
        }

        /** An async function that is not a generator (V8's IsAsyncFunction minus the generators). */
        public boolean isAsyncFunction() {
            return this == ASYNC_FUNCTION || this == ASYNC_ARROW || this == ASYNC_METHOD;
        }

        /** Any function whose body can suspend: a generator or an async function (V8's IsResumableFunction). */
        public boolean isResumable() {
            return isGenerator() || isAsyncFunction();
        }

        /** `await` is an operator in its body. */
        public boolean isAsync() {
            return isAsyncFunction() || isAsyncGenerator();
        }

        public boolean isArrow() {
            return this == ARROW || this == ASYNC_ARROW;
        }

        /** A method of a class or object literal (V8's IsConciseMethod): it has a home object. */
        public boolean isMethod() {
            return this == METHOD || this == GENERATOR_METHOD || this == ASYNC_METHOD || this == ASYNC_GENERATOR_METHOD;
        }

        /** The same kind with `async` in front: function → async function, method → async method, ... */
        public FunctionKind toAsync() {
            return switch (this) {
                case NORMAL -> ASYNC_FUNCTION;
                case ARROW -> ASYNC_ARROW;
                case METHOD -> ASYNC_METHOD;
                case GENERATOR -> ASYNC_GENERATOR;
                case GENERATOR_METHOD -> ASYNC_GENERATOR_METHOD;
                default -> throw new IllegalArgumentException("no async " + this);
            };
        }
    }

    /**
     * One formal parameter: a target, an optional default value, and whether it is a rest
     * parameter (`...xs`, parsed later).
     */
    record Param(int pos, Pattern target, Expression defaultValue, boolean rest) implements Node {}

    /**
     * A function literal: declarations, expressions, arrows and methods all become one.
     * `name` is the function's own name or the name inferred from its context (`let f = () =>`
     * names it "f", as V8 infers), "" if none. `selfBinding` is true for a named function
     * expression, whose name is visible inside its own body. An arrow with an expression body
     * has that expression wrapped in one Return statement, with `expressionBody` set.
     * `end` is the offset just past the closing brace, for the Return V8 adds at the end.
     * `id` numbers function literals in source order within a program (0 is the program's
     * top-level), so a compiler can find a function's shared info again.
     */
    record FunctionLiteral(int pos, String name, boolean selfBinding, List<Param> params,
                           List<Statement> body, FunctionKind kind, boolean expressionBody,
                           boolean strict, int end, int id) implements Expression {
        public boolean isArrow() {
            return kind.isArrow();
        }
    }

    // ---- operators ----------------------------------------------------------------------

    enum UnaryOp { MINUS, PLUS, NOT, BIT_NOT, TYPEOF, VOID, DELETE }

    record Unary(int pos, UnaryOp op, Expression operand) implements Expression {}

    /** `++x`, `x--`, `o.p++`, `a[i]--`. pos: the start of the whole expression. */
    record Update(int pos, boolean prefix, boolean increment, Expression target) implements Expression {}

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), EXP("**"),
        BIT_OR("|"), BIT_XOR("^"), BIT_AND("&"), SHL("<<"), SAR(">>"), SHR(">>>"),
        EQ("=="), NE("!="), STRICT_EQ("==="), STRICT_NE("!=="),
        LT("<"), GT(">"), LE("<="), GE(">="), IN("in"), INSTANCEOF("instanceof");

        public final String token;

        BinaryOp(String token) {
            this.token = token;
        }
    }

    /** pos: the operator's offset (V8 marks `a + b` at the `+`). */
    record Binary(int pos, BinaryOp op, Expression left, Expression right) implements Expression {}

    enum LogicalOp { AND, OR, NULLISH }

    /** `&&`, `||`, `??`. pos: the operator's offset. */
    record Logical(int pos, LogicalOp op, Expression left, Expression right) implements Expression {}

    record Conditional(int pos, Expression test, Expression consequent, Expression alternate) implements Expression {}

    enum AssignOp {
        ASSIGN(null), ADD(BinaryOp.ADD), SUB(BinaryOp.SUB), MUL(BinaryOp.MUL), DIV(BinaryOp.DIV),
        MOD(BinaryOp.MOD), EXP(BinaryOp.EXP), BIT_OR(BinaryOp.BIT_OR), BIT_XOR(BinaryOp.BIT_XOR),
        BIT_AND(BinaryOp.BIT_AND), SHL(BinaryOp.SHL), SAR(BinaryOp.SAR), SHR(BinaryOp.SHR),
        AND(null), OR(null), NULLISH(null);

        /** For `x op= y` with an arithmetic op, the binary operator applied; null otherwise. */
        public final BinaryOp binary;

        AssignOp(BinaryOp binary) {
            this.binary = binary;
        }
    }

    /**
     * `target op= value`. The target is an Identifier, Member or Index, or for a plain `=` an
     * ObjectPattern or ArrayPattern (destructuring assignment). pos: the operator's offset.
     */
    record Assign(int pos, AssignOp op, Expression target, Expression value) implements Expression {}

    /** `a, b, c`. */
    record Sequence(int pos, List<Expression> expressions) implements Expression {}

    // ---- property access and calls ------------------------------------------------------

    /** `object.name` or `object?.name`. pos: the offset of `name` (where node's caret goes). */
    record Member(int pos, Expression object, String name, boolean optional) implements Expression, Pattern {}

    /** `object[key]` or `object?.[key]`. pos: the offset of `[` . */
    record Index(int pos, Expression object, Expression key, boolean optional) implements Expression, Pattern {}

    /**
     * `callee(args)` or `callee?.(args)`. pos: the offset V8 reports for a failing call: the
     * callee's start for a plain name, the property name for `o.m()`.
     */
    record Call(int pos, Expression callee, List<Expression> arguments, boolean optional) implements Expression {}

    /** `new callee(args)`; `new C` has no arguments. pos: the `new` keyword. */
    record New(int pos, Expression callee, List<Expression> arguments) implements Expression {}

    /**
     * `...argument` in an argument list or an array literal (the spread's elements are taken
     * by iteration). pos: the `...`.
     */
    record Spread(int pos, Expression argument) implements Expression {}

    /**
     * `yield argument` (argument null for a bare `yield`), or with `delegate` `yield* argument`
     * (§15.5), only in a generator's body. pos: the `yield`.
     */
    record Yield(int pos, Expression argument, boolean delegate) implements Expression {}

    /** `await argument` (§15.8), only in an async function's body. pos: the `await`. */
    record Await(int pos, Expression argument) implements Expression {}

    /**
     * The whole of an optional chain `a?.b.c()`: an optional link that meets null or
     * undefined makes this entire expression undefined (ESTree's ChainExpression).
     */
    record OptionalChain(int pos, Expression expression) implements Expression {}

    /**
     * `%Name(args)`: a runtime intrinsic call, parsed only with --allow-natives-syntax
     * (V8's natives syntax, e.g. %OptimizeFunctionOnNextCall(f)). pos: the `%`.
     */
    record NativeCall(int pos, String name, List<Expression> arguments) implements Expression {}

    // ---- classes ------------------------------------------------------------------------

    /**
     * `class Name extends Super { ... }` (declaration or expression). The class body is a
     * scope of its own holding the inner, const-like binding of `name` and the hidden
     * variables named below (as V8's class scope does). `constructor` is the explicit or the
     * synthesized implicit constructor. Instance fields become the body of
     * `instanceInitializer` (V8's <instance_members_initializer>), static fields the body of
     * `staticInitializer`; either is null when the class has no such fields. `end` is the
     * offset just past the closing brace (a class's source text is the whole class).
     */
    record ClassLiteral(int pos, String name, Expression superClass, FunctionLiteral constructor,
                        List<ClassMember> members, FunctionLiteral instanceInitializer,
                        FunctionLiteral staticInitializer, int end) implements Expression {
        /** The prototype: the home object of instance methods (V8's .home_object). */
        public static final String HOME_OBJECT = ".home_object";
        /** The constructor: the home object of static methods (V8's .static_home_object). */
        public static final String STATIC_HOME_OBJECT = ".static_home_object";
        /** The instance field initializer closure, called by the constructor. */
        public static final String INSTANCE_INITIALIZER = ".instance_members_initializer";
        /** The running function, whose [[Prototype]] is the super constructor (V8's .this_function). */
        public static final String THIS_FUNCTION = ".this_function";
        /** new.target (V8's .new.target): a function's incoming new target. */
        public static final String NEW_TARGET = ".new.target";

        /** The hidden variable holding the closure of the private method or accessor half that is members().get(index). */
        public static String privateValueName(int index) {
            return ".private_value_" + index;
        }

        /** The hidden variable holding the computed key of the field that is members().get(index). */
        public static String fieldKeyName(int index) {
            return ".field_key_" + index;
        }
    }

    /**
     * A method, getter or setter of a class: its key (`name`, or `computedKey` for `[expr]`),
     * its function, its kind (METHOD, GET or SET) and whether it is static. A field with a
     * computed key is a member too, of kind INIT with no function: its key is evaluated with
     * the other keys, in order, and kept in the hidden variable fieldKeyName(index).
     */
    record ClassMember(int pos, String name, Expression computedKey, FunctionLiteral value,
                       PropertyKind kind, boolean isStatic) implements Node {
        /**
         * A private element `#x` (name starts with '#'): a field (kind INIT, no function), a
         * method or an accessor half. The class scope's variable `#x` holds its private name.
         */
        public boolean isPrivate() {
            return name != null && name.startsWith("#");
        }

        /** A public field with a computed key, whose key lives in fieldKeyName(index). */
        public boolean isComputedField() {
            return value == null && computedKey != null;
        }
    }

    /**
     * Installs private method `#x` (first, the closure) or accessor `#x` (first the getter,
     * second the setter; either null) on `receiver`, inside an initializer: the variable `key`
     * holds the private name, the others the closures made when the class was defined.
     */
    record DefinePrivateMember(int pos, This receiver, Identifier key, Identifier first, Identifier second)
            implements Expression {}

    /**
     * A field definition `name = value` inside a field initializer: defines an own data
     * property of `receiver` (CreateDataPropertyOrThrow, never a setter). value may be null.
     * A computed key is read from the hidden variable `key` (name is then null).
     */
    record DefineField(int pos, This receiver, String name, Identifier key, Expression value) implements Expression {}

    /**
     * A `static { ... }` block inside the static initializer: `body` (a method-like function)
     * called with the class as receiver.
     */
    record StaticBlock(int pos, FunctionLiteral body, This receiver) implements Expression {}

    /**
     * Runs the instance field initializer `initializer` on `receiver`: at the start of a base
     * constructor and after each `super(...)` of a derived one.
     */
    record InitializeFields(int pos, Identifier initializer, This receiver) implements Expression {}

    /**
     * `super(args)` in a derived constructor. The hidden references say what it uses: the
     * running function (its [[Prototype]] is the super constructor), new.target, and `this`,
     * which it binds. `fields` initializes this class's instance fields afterwards, or is null.
     * pos: the `super` keyword.
     */
    record SuperCall(int pos, List<Expression> arguments, Identifier thisFunction, Identifier newTarget,
                     This receiver, InitializeFields fields) implements Expression {}

    /**
     * `super.name` or `super[key]`: a lookup that starts at the home object's prototype with
     * `this` as the receiver. homeObject names the hidden home-object variable. pos: `super`.
     */
    record SuperProperty(int pos, String name, Expression key, Identifier homeObject, This receiver)
            implements Expression {}
}
