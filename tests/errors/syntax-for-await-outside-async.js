// for await is only allowed in async functions and async generators.
function f(items) {
  for await (const x of items) console.log(x);
}
