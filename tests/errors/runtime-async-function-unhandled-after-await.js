// An Error thrown after an await: the stack shows the function resumed from a microtask, and
// node's async frame for its awaiting caller.
async function inner() {
  await null;
  throw new TypeError('failed after await');
}
async function outer() {
  await inner();
}
outer();
