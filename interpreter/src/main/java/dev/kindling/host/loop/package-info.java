/**
 * node's event loop, in libuv's phases. Start with {@link dev.kindling.host.loop.EventLoop}:
 * the phases (timers → pending callbacks → idle/prepare → poll → check → close callbacks),
 * what keeps the loop alive, and the end of a program ('beforeExit', 'exit', uncaught
 * exceptions). {@link dev.kindling.host.loop.TaskQueues} is node's processTicksAndRejections
 * (the nextTick queue, then V8's microtask queue, then {@link
 * dev.kindling.host.loop.PromiseRejections}), drained after every callback;
 * {@link dev.kindling.host.loop.Timers} and {@link dev.kindling.host.loop.Immediates} hold
 * what the timers and check phases run; {@link dev.kindling.host.loop.ThreadPool} is libuv's
 * worker pool, whose completions the poll phase runs; {@link
 * dev.kindling.host.loop.LoopFunctions} is the JS face (setTimeout, setImmediate,
 * queueMicrotask, process.nextTick...). {@link dev.kindling.host.loop.LoopTrace} and {@link
 * dev.kindling.host.loop.PromiseTrace} print --trace-event-loop and --trace-promises.
 *
 * <p>The promise machinery itself (JSPromise, MicrotaskQueue) is the language's and lives in
 * dev.kindling.runtime; this package only drains its queue. docs/event-loop.md is the chapter.
 */
package dev.kindling.host.loop;
