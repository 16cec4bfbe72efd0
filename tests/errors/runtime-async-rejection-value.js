// An async function rejecting with a value that is not an Error: node's UnhandledPromiseRejection.
async function f() {
  await 1;
  throw 'just a string';
}
f();
