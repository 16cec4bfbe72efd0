// String comparison is by UTF-16 code units, lexicographic; mixed comparisons convert to numbers.
console.log("b" > "a", "a" < "b", "B" < "a", "abc" < "abd", "abc" < "ab");
console.log("10" < "9", "10" < 9, 10 < "9", "2" > "12", 2 > "12");
console.log("" < "a", "a" >= "a", "a" <= "A", "Z" < "a");
console.log("\u00e9" > "z", "\u{1F600}" > "\uFFFF", "a" < "aa");
console.log("abc" == "abc", "abc" === "ab" + "c", "1" == 1, "1.0" == 1, " 1 " == 1);
console.log("a" < 1, "a" > 1, "a" == NaN);
console.log(null < "1", undefined < "1", "" < 1, "" == 0);
