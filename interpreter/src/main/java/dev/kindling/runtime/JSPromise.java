/*
 * A promise (ECMA-262 §27.2; V8's JSPromise) and the spec's abstract operations on it that
 * touch its internal slots: CreateResolvingFunctions, FulfillPromise, RejectPromise,
 * TriggerPromiseReactions, PerformPromiseThen, and the two jobs — NewPromiseReactionJob and
 * NewPromiseResolveThenableJob — queued on the realm's MicrotaskQueue (HostEnqueuePromiseJob).
 * The JS-visible builtins (the constructor, then/catch/finally, the combinators) are in
 * runtime.builtins.PromiseBuiltins; the interpreter's await uses resolve() and performThen()
 * with Java handlers, as V8's Await builds on PerformPromiseThen without a result capability.
 *
 * Assumes: one thread. Guarantees: a promise settles at most once; each reaction runs in a job
 * of its own, in the order the reactions were registered; a thenable — a native promise
 * included — is adopted through one extra job (the spec's, which V8 and node 20 keep), so
 * `resolve(p)` takes two more ticks than `resolve(1)`. The realm's rejection tracker hears of
 * every rejection without a handler and every handler added to an already rejected promise
 * (HostPromiseRejectionTracker's "reject" and "handle").
 */
package dev.kindling.runtime;

import java.util.ArrayList;
import java.util.List;

public final class JSPromise extends JSObject {
    /** [[PromiseState]]. */
    public enum State { PENDING, FULFILLED, REJECTED }

    /** A reaction handler written in Java (await's continuations); JS handlers are JSFunctions. */
    @FunctionalInterface
    public interface JavaHandler {
        /** The handler's result; a JSException is the handler throwing. */
        Object handle(Object argument);
    }

    /**
     * A PromiseCapability Record (§27.2.1.1): a promise and the functions that settle it. For
     * a capability of %Promise% itself the functions are the promise's resolving functions.
     */
    public record Capability(JSObject promise, JSFunction resolve, JSFunction reject) {
    }

    /** HostPromiseRejectionTracker (§27.2.1.9): the host's hook (node's unhandled rejections). */
    public interface RejectionTracker {
        /** A promise was rejected while it had no handler. */
        void rejected(JSPromise promise);

        /** A handler was added to a rejected promise that had none. */
        void handled(JSPromise promise);
    }

    /** Sees promises made, settled and reacted to (--trace-promises; V8's PromiseHook). */
    public interface Hook {
        void created(JSPromise promise);

        void settled(JSPromise promise);

        void reactionQueued(JSPromise promise, boolean fulfilled, Object handler);
    }

    /** A PromiseReaction Record (§27.2.1.2); `capability` is null for await's reactions. */
    private record Reaction(Capability capability, boolean fulfill, Object handler) {
    }

    private final Realm realm;
    private State state = State.PENDING;
    private Object result = Oddball.UNDEFINED;
    private List<Reaction> fulfillReactions = new ArrayList<>(1);
    private List<Reaction> rejectReactions = new ArrayList<>(1);
    private boolean isHandled;
    /** A number for traces, in order of creation. */
    private final int id;
    /** Where the program made it, for traces (null unless a hook wants it). */
    private StackFrameInfo createdAt;

    public JSPromise(Realm realm, Shape shape) {
        super(shape);
        this.realm = realm;
        this.id = realm.nextPromiseId();
        if (realm.promiseHook() != null) {
            createdAt = realm.currentFrame();
        }
    }

    /** A pending promise of %Promise.prototype% (V8's NewJSPromise). */
    public static JSPromise create(Realm realm) {
        JSPromise promise = new JSPromise(realm, realm.promisePrototype().childRootShape());
        if (realm.promiseHook() != null) {
            realm.promiseHook().created(promise);
        }
        return promise;
    }

    @Override
    public String className() {
        return "Promise";
    }

    public State state() {
        return state;
    }

    public Object result() {
        return result;
    }

    public int id() {
        return id;
    }

    public StackFrameInfo createdAt() {
        return createdAt;
    }

    public boolean isHandled() {
        return isHandled;
    }

    /** The handler of a pending promise's one fulfill reaction (an await's continuation, a JSFunction), or null. */
    public Object soleReaction() {
        return state == State.PENDING && fulfillReactions.size() == 1 ? fulfillReactions.get(0).handler : null;
    }

    /** Marks the promise handled without a reaction (V8's %PromiseMarkAsHandled). */
    public void markAsHandled() {
        isHandled = true;
    }

    /**
     * PromiseResolve(%Promise%, value) (§27.2.4.7.1), what `await value` starts with: the value
     * itself if it is a promise whose constructor is %Promise%, else a new promise resolved with
     * it (a thenable is adopted through the extra job).
     */
    public static JSPromise promiseResolve(Realm realm, Object value) {
        if (value instanceof JSPromise p && p.get("constructor") == realm.promiseConstructor()) {
            return p;
        }
        JSPromise promise = create(realm);
        promise.resolve(value);
        return promise;
    }

    // ---- resolving ------------------------------------------------------------------------------

    /**
     * CreateResolvingFunctions (§27.2.1.3): resolve and reject sharing one [[AlreadyResolved]]
     * flag, so only the first call of either has an effect.
     */
    public JSFunction[] createResolvingFunctions() {
        boolean[] alreadyResolved = {false};
        JSFunction resolve = realm.newBuiltin("", 1, (r, self, args) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                resolve(BuiltinFunction.arg(args, 0));
            }
            return Oddball.UNDEFINED;
        });
        JSFunction reject = realm.newBuiltin("", 1, (r, self, args) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                reject(BuiltinFunction.arg(args, 0));
            }
            return Oddball.UNDEFINED;
        });
        return new JSFunction[] {resolve, reject};
    }

    /**
     * The body of a promise resolve function (§27.2.1.3.2) without the already-resolved check:
     * a non-thenable fulfills the promise; a thenable is adopted by a
     * NewPromiseResolveThenableJob; the promise itself is a TypeError.
     */
    public void resolve(Object resolution) {
        if (state != State.PENDING) {
            return;
        }
        if (resolution == this) {
            reject(realm.newError(ErrorType.TypeError, "Chaining cycle detected for promise #<Promise>"));
            return;
        }
        if (!(resolution instanceof JSObject thenable)) {
            fulfill(resolution);
            return;
        }
        Object then;
        try {
            then = thenable.get("then");
        } catch (JSException e) {
            reject(e.value(realm));
            return;
        }
        if (!(then instanceof JSFunction thenFunction)) {
            fulfill(resolution);
            return;
        }
        realm.microtasks().enqueue(new ResolveThenableJob(this, thenable, thenFunction));
    }

    /** FulfillPromise (§27.2.1.4). */
    public void fulfill(Object value) {
        settle(State.FULFILLED, value);
    }

    /** RejectPromise (§27.2.1.7): also tells the host when no handler is there yet. */
    public void reject(Object reason) {
        if (state != State.PENDING) {
            return;
        }
        settle(State.REJECTED, reason);
        if (!isHandled && realm.rejectionTracker() != null) {
            realm.rejectionTracker().rejected(this);
        }
    }

    private void settle(State newState, Object value) {
        if (state != State.PENDING) {
            return;
        }
        List<Reaction> reactions = newState == State.FULFILLED ? fulfillReactions : rejectReactions;
        state = newState;
        result = value;
        fulfillReactions = null;
        rejectReactions = null;
        if (realm.promiseHook() != null) {
            realm.promiseHook().settled(this);
        }
        // TriggerPromiseReactions (§27.2.1.8): one job per reaction, in registration order.
        for (Reaction reaction : reactions) {
            enqueueReaction(reaction, value);
        }
    }

    private void enqueueReaction(Reaction reaction, Object argument) {
        if (realm.promiseHook() != null) {
            realm.promiseHook().reactionQueued(this, reaction.fulfill, reaction.handler);
        }
        realm.microtasks().enqueue(new ReactionJob(realm, reaction, argument));
    }

    // ---- then -----------------------------------------------------------------------------------

    /**
     * PerformPromiseThen (§27.2.5.4.1). Handlers that are not callable are "empty" (the value
     * or reason passes through); `capability` may be null (await), then nothing is returned.
     */
    public Object performThen(Object onFulfilled, Object onRejected, Capability capability) {
        Reaction fulfillReaction = new Reaction(capability, true, callableOrNull(onFulfilled));
        Reaction rejectReaction = new Reaction(capability, false, callableOrNull(onRejected));
        switch (state) {
            case PENDING -> {
                fulfillReactions.add(fulfillReaction);
                rejectReactions.add(rejectReaction);
            }
            case FULFILLED -> enqueueReaction(fulfillReaction, result);
            case REJECTED -> {
                if (!isHandled && realm.rejectionTracker() != null) {
                    realm.rejectionTracker().handled(this);
                }
                enqueueReaction(rejectReaction, result);
            }
        }
        isHandled = true;
        return capability == null ? Oddball.UNDEFINED : capability.promise();
    }

    /** PerformPromiseThen with Java handlers and no result promise (what await needs). */
    public void performThen(JavaHandler onFulfilled, JavaHandler onRejected) {
        performThen((Object) onFulfilled, onRejected, null);
    }

    private static Object callableOrNull(Object handler) {
        return handler instanceof JSFunction || handler instanceof JavaHandler ? handler : null;
    }

    // ---- the jobs -------------------------------------------------------------------------------

    /** NewPromiseReactionJob (§27.2.2.1): runs a handler and settles the derived promise. */
    private static final class ReactionJob implements MicrotaskQueue.Microtask {
        private final Realm realm;
        private final Reaction reaction;
        private final Object argument;

        ReactionJob(Realm realm, Reaction reaction, Object argument) {
            this.realm = realm;
            this.reaction = reaction;
            this.argument = argument;
        }

        @Override
        public void run() {
            Object handlerResult;
            boolean abrupt = false;
            if (reaction.handler == null) {
                handlerResult = argument;
                abrupt = !reaction.fulfill;
            } else {
                try {
                    handlerResult = reaction.handler instanceof JSFunction fn
                            ? fn.call(Oddball.UNDEFINED, new Object[] {argument})
                            : ((JavaHandler) reaction.handler).handle(argument);
                } catch (JSException e) {
                    if (reaction.capability == null) {
                        throw e; // await's handlers resume a frame; its throws are the frame's own
                    }
                    handlerResult = e.value(realm);
                    abrupt = true;
                }
            }
            Capability capability = reaction.capability;
            if (capability == null) {
                return;
            }
            (abrupt ? capability.reject() : capability.resolve()).call(Oddball.UNDEFINED, new Object[] {handlerResult});
        }

        @Override
        public String kind() {
            return reaction.fulfill ? "PromiseFulfillReactionJob" : "PromiseRejectReactionJob";
        }
    }

    /** NewPromiseResolveThenableJob (§27.2.2.2): calls thenable.then(resolve, reject) in a job of its own. */
    private static final class ResolveThenableJob implements MicrotaskQueue.Microtask {
        private final JSPromise promise;
        private final JSObject thenable;
        private final JSFunction then;

        ResolveThenableJob(JSPromise promise, JSObject thenable, JSFunction then) {
            this.promise = promise;
            this.thenable = thenable;
            this.then = then;
        }

        @Override
        public void run() {
            JSFunction[] resolving = promise.createResolvingFunctions();
            try {
                then.call(thenable, new Object[] {resolving[0], resolving[1]});
            } catch (JSException e) {
                resolving[1].call(Oddball.UNDEFINED, new Object[] {e.value(promise.realm)});
            }
        }

        @Override
        public String kind() {
            return "PromiseResolveThenableJob";
        }
    }
}
