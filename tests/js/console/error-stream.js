// console.error writes to stderr; only console.log output appears in stdout (order preserved).
console.log("stdout 1");
console.error("stderr 1");
console.log("stdout 2");
console.error("stderr", 2, [3]);
console.log("stdout 3");
