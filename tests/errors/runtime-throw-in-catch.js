// An error thrown from inside a catch block escapes (after the finally block runs and prints).
try {
  throw new Error("first");
} catch (e) {
  console.log("caught", e.message);
  throw new TypeError("second from catch");
} finally {
  console.log("finally still runs");
}
