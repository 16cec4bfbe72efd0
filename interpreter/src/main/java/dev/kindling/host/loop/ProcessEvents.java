/*
 * The loop's view of `process` as an EventEmitter: it asks whether 'uncaughtException',
 * 'unhandledRejection' and 'beforeExit' have listeners and emits those events and 'exit'.
 * The host implements it over its events module (so this package does not depend on it).
 */
package dev.kindling.host.loop;

public interface ProcessEvents {
    int listenerCount(String event);

    /** Calls the listeners of `event` in order (a JSException out of one propagates). */
    void emit(String event, Object... args);
}
