// - * / % ** and unary minus coerce via ToNumber: strings, booleans, null, undefined, arrays.
console.log("10" - "3", "10" * "3", "10" / "4", "10" % "3", "2" ** "3");
console.log("a" - 1, "1a" * 1, " 12 " * 1, "" * 5, "\n" - 0);
console.log(true - false, true * 10, null * 5, undefined * 5, null - undefined);
console.log([5] - [2], [] - 1, [1, 2] - 1, {} - 1, [[["4"]]] * 2);
console.log("0x10" - 0, "0b101" - 0, "0o7" - 0, "1e3" - 0, "-0x10" - 0, "+0x10" - 0);
console.log("Infinity" - 1, "-Infinity" * 1, "infinity" * 1, "1e1000" * 1);
