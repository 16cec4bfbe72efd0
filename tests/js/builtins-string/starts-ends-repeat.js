// startsWith/endsWith with positions; repeat with 0, counts, and RangeError for negative/Infinity.
var s = "filename.txt";
console.log(s.startsWith("file"), s.startsWith("name"), s.startsWith("name", 4), s.startsWith(""), s.startsWith("file", 1));
console.log(s.endsWith(".txt"), s.endsWith("name"), s.endsWith("name", 8), s.endsWith(""), s.endsWith("f", 1));
console.log("ab".repeat(3), "[" + "ab".repeat(0) + "]", "x".repeat(2.9), "-".repeat("4"), "".repeat(100).length);
try { "x".repeat(-1); } catch (e) { console.log(e.name, e.message); }
try { "x".repeat(Infinity); } catch (e) { console.log(e.name, e.message); }
