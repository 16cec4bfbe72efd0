// Natives misused at run time throw a TypeError (V8 aborts; Kindling never crashes).
console.log(%HasFastProperties({}));
try {
  %HasFastProperties(42);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  %GetFeedback(Math.max);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
