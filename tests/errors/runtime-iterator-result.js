// An iterator whose next() returns a non-object.
const bad = { [Symbol.iterator]() { return { next() { return 42; } }; } };
for (const x of bad) {}
