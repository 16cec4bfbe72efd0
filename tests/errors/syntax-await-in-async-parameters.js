// await in an async function's own parameter list is an early error.
async function f(x = await 1) {
  return x;
}
