// An uncaught exception thrown inside direct eval code: the header names the eval'd script as
// V8 does, and the frames say where the eval was called.
console.log("before");
function run(code) {
  return eval(code);
}
run("var a = 1;\nnull.x");
