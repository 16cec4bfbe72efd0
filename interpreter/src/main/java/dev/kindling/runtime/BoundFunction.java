/*
 * What Function.prototype.bind returns (ECMA-262 §10.4.1, bound function exotic objects): a
 * builtin whose [[Call]] and [[Construct]] forward to the target with the bound `this` and
 * leading arguments. It keeps its target because `x instanceof bound` asks the target
 * (OrdinaryHasInstance step 2), as V8's JSBoundFunction keeps bound_target_function.
 */
package dev.kindling.runtime;

public final class BoundFunction extends BuiltinFunction {
    private final JSFunction target;

    public BoundFunction(Realm realm, String name, int length, Body body, ConstructBody constructBody, JSFunction target) {
        super(realm, name, length, body, constructBody);
        this.target = target;
    }

    /** [[BoundTargetFunction]]. */
    public JSFunction target() {
        return target;
    }
}
