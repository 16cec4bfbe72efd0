// The process object: argv layout, stdout.write without newline, hrtime and performance.now
// shapes, env as an object, and process.exit ending the program at once (no finally runs).
console.log(process.argv.length, typeof process.argv[0], process.argv[1].endsWith("process.js"));
process.stdout.write("no newline;");
process.stdout.write(" then " + 42 + "\n");
var t = process.hrtime();
console.log(Array.isArray(t), t.length, typeof t[0], typeof t[1], t[1] < 1e9);
var d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
var p = performance.now();
console.log(typeof p, p >= 0, performance.now() >= p);
console.log(typeof process.env, typeof process.env.PATH);
try {
  console.log("before exit");
  process.exit(0);
} finally {
  console.log("finally must not run");
}
console.log("after exit must not run");
