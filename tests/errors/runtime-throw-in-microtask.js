// A throw from a queueMicrotask callback is an uncaught exception (not a rejection).
queueMicrotask(() => {
  throw new Error('thrown by a microtask');
});
