// toUpperCase/toLowerCase on ASCII and non-ASCII; trim removes all JS whitespace and line terminators.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase(), "ÄÖÜ straße".toUpperCase(), "ÉCOLE".toLowerCase());
console.log("[" + "  padded  ".trim() + "]", "[" + "\t\n\r\v\f x \n".trim() + "]", "[" + "   ".trim() + "]");
console.log("[" + "\u00a0\ufeffnbsp\u2028\u2029".trim() + "]", "\u00a0x\u00a0".trim().length);
console.log("MiXeD123".toLowerCase(), "abc".toUpperCase().toLowerCase(), "".toUpperCase() === "");
