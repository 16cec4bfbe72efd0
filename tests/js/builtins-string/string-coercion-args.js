// String methods coerce their non-string arguments (numbers, booleans, undefined, null) with ToString/ToNumber.
console.log("123".includes(2), "true".startsWith(true), "nullnull".indexOf(null, 1), "a5b".indexOf(5));
console.log("abc".slice("1"), "abc".slice(undefined, "2"), "abc".substring(null, 2), "abc".charAt("1"));
console.log("undefined".includes(), "x1y".lastIndexOf(1), "1.5".endsWith(1.5));
console.log(String(123).length, (5).toString().repeat(3));
