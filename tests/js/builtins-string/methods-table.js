// String.prototype's methods on UTF-16 code units (positions, negative and NaN indices, split
// limits, padding, repeat's RangeErrors, replace patterns) and String.fromCharCode: one case a
// line, a throw printed as its name and message.
console.log('%O', "canal banana".indexOf("an"));
console.log('%O', "canal banana".indexOf("an", 2));
console.log('%O', "canal banana".indexOf("an", 100));
console.log('%O', "canal banana".indexOf("x"));
console.log('%O', "canal banana".indexOf(""));
console.log('%O', "canal banana".indexOf("", 5));
console.log('%O', "canal banana".indexOf("", 99));
console.log('%O', "canal banana".indexOf("an", -5));
console.log('%O', "canal banana".indexOf(undefined));
console.log('%O', "canal banana".lastIndexOf("an"));
console.log('%O', "canal banana".lastIndexOf("an", 8));
console.log('%O', "canal banana".lastIndexOf("an", 0));
console.log('%O', "canal banana".lastIndexOf("c"));
console.log('%O', "canal banana".lastIndexOf(""));
console.log('%O', "canal banana".lastIndexOf("z"));
console.log('%O', "canal banana".lastIndexOf("an", NaN));
console.log('%O', "canal banana".lastIndexOf("a", -10));
console.log('%O', "canal banana".includes("nan"));
console.log('%O', "canal banana".includes("nab"));
console.log('%O', "canal banana".includes(""));
console.log('%O', "canal banana".includes("c", 1));
console.log('%O', "canal banana".includes("a", -5));
console.log('%O', "Hello".charAt(0));
console.log('%O', "Hello".charCodeAt(0));
console.log('%O', "Hello".charAt(4));
console.log('%O', "Hello".charCodeAt(4));
console.log('%O', "Hello".charAt(5));
console.log('%O', "Hello".charCodeAt(5));
console.log('%O', "Hello".charAt(-1));
console.log('%O', "Hello".charCodeAt(-1));
console.log('%O', "Hello".charAt());
console.log('%O', "Hello".charCodeAt());
console.log('%O', "Hello".charAt(1.9));
console.log('%O', "Hello".charCodeAt(1.9));
console.log('%O', "Hello".charAt("2"));
console.log('%O', "Hello".charCodeAt("2"));
console.log('%O', "Hello".charAt(NaN));
console.log('%O', "Hello".charCodeAt(NaN));
console.log('%O', "😀".charCodeAt(0));
console.log('%O', "😀".codePointAt(0));
console.log('%O', "😀".codePointAt(1));
console.log('%O', "abcde".at(-1));
console.log('%O', "abcde".at(0));
console.log('%O', "abcde".at(5));
console.log('%O', "abcde".at(-6));
console.log('%O', "JavaScript".slice(4));
console.log('%O', "JavaScript".substring(4));
console.log('%O', "JavaScript".slice(0, 4));
console.log('%O', "JavaScript".substring(0, 4));
console.log('%O', "JavaScript".slice(-6));
console.log('%O', "JavaScript".substring(-6));
console.log('%O', "JavaScript".slice(-6, -3));
console.log('%O', "JavaScript".substring(-6, -3));
console.log('%O', "JavaScript".slice(4, 2));
console.log('%O', "JavaScript".substring(4, 2));
console.log('%O', "JavaScript".slice(100));
console.log('%O', "JavaScript".substring(100));
console.log('%O', "JavaScript".slice(1.9, 3.9));
console.log('%O', "JavaScript".substring(1.9, 3.9));
console.log('%O', "JavaScript".slice("2", "5"));
console.log('%O', "JavaScript".substring("2", "5"));
console.log('%O', "JavaScript".slice());
console.log('%O', "JavaScript".substring());
console.log('%O', "JavaScript".slice(-100, 2));
console.log('%O', "JavaScript".substring(-100, 2));
console.log('%O', "JavaScript".slice(NaN, 4));
console.log('%O', "JavaScript".substring(NaN, 4));
console.log('%O', "JavaScript".substr(4, 2));
console.log('%O', "JavaScript".substr(-2, 1));
console.log('%O', "JavaScript".substr(1));
console.log('%O', "JavaScript".substr(2, -1));
console.log('%O', "JavaScript".substr(1, 100));
console.log('%O', "Hello World".toUpperCase());
console.log('%O', "Hello World".toLowerCase());
console.log('%O', "ÄÖÜ straße".toUpperCase());
console.log('%O', "ÄÖÜ straße".toLowerCase());
console.log('%O', "ÉCOLE".toUpperCase());
console.log('%O', "ÉCOLE".toLowerCase());
console.log('%O', "ΟΔΟΣ".toUpperCase());
console.log('%O', "ΟΔΟΣ".toLowerCase());
console.log('%O', "İ".toUpperCase());
console.log('%O', "İ".toLowerCase());
console.log('%O', "  padded  ".trim());
console.log('%O', "  padded  ".trimStart());
console.log('%O', "  padded  ".trimEnd());
console.log('%O', "\t\n\r\u000b\f x \n".trim());
console.log('%O', "\t\n\r\u000b\f x \n".trimStart());
console.log('%O', "\t\n\r\u000b\f x \n".trimEnd());
console.log('%O', "   ".trim());
console.log('%O', "   ".trimStart());
console.log('%O', "   ".trimEnd());
console.log('%O', " ﻿nbsp  ".trim());
console.log('%O', " ﻿nbsp  ".trimStart());
console.log('%O', " ﻿nbsp  ".trimEnd());
console.log('%O', "a,b,c".split(","));
console.log('%O', "a,b,c".split(",", 2));
console.log('%O', "a,b,c".split(",", 0));
console.log('%O', "a,b,c".split());
console.log('%O', "a,b,c".split(undefined));
console.log('%O', "a,b,c".split(",", -1));
console.log('%O', "a,b,c".split(",", 1.9));
console.log('%O', "abc".split(""));
console.log('%O', "abc".split("", 2));
console.log('%O', "".split(","));
console.log('%O', "".split(""));
console.log('%O', ",a,,b,".split(","));
console.log('%O', "a--b--c".split("--"));
console.log('%O', "aaa".split("a"));
console.log('%O', "abc".split("abc"));
console.log('%O', "one two  three".split(" "));
console.log('%O', "no-sep".split("x"));
console.log('%O', "a😀b".split(""));
console.log('%O', "filename.txt".startsWith("file"));
console.log('%O', "filename.txt".startsWith("name"));
console.log('%O', "filename.txt".startsWith("name", 4));
console.log('%O', "filename.txt".startsWith(""));
console.log('%O', "filename.txt".startsWith("file", 1));
console.log('%O', "filename.txt".endsWith(".txt"));
console.log('%O', "filename.txt".endsWith("name"));
console.log('%O', "filename.txt".endsWith("name", 8));
console.log('%O', "filename.txt".endsWith(""));
console.log('%O', "filename.txt".endsWith("f", 1));
console.log('%O', "filename.txt".endsWith("txt", 100));
console.log('%O', "ab".repeat(3));
console.log('%O', "ab".repeat(0));
console.log('%O', "ab".repeat(2.9));
console.log('%O', "ab".repeat("4"));
try { "ab".repeat(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { "ab".repeat(Infinity); } catch (e) { console.log(e.name + ": " + e.message); }
try { "ab".repeat(-1.5); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', "ab".repeat(NaN));
try { "ab".repeat(1099511627776); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', "".repeat(100));
console.log('%O', "abc".padStart(6, "12"));
console.log('%O', "abc".padEnd(6, "12"));
console.log('%O', "abc".padStart(7, "xy"));
console.log('%O', "abc".padEnd(7, "xy"));
console.log('%O', "abc".padStart(2));
console.log('%O', "abc".padEnd(2));
console.log('%O', "abc".padStart(10, ""));
console.log('%O', "abc".padEnd(10, ""));
console.log('%O', "abc".padStart(5));
console.log('%O', "abc".padEnd(5));
try { "abc".padStart(1073741824); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', "a".concat("b", 1, null, undefined));
console.log('%O', "a-b-c".replace("-", "$&$&"));
console.log('%O', "a-b-c".replaceAll("-", "$&$&"));
console.log('%O', "a-b-c".replace("-", "+"));
console.log('%O', "a-b-c".replaceAll("-", "+"));
console.log('%O', "a-b-c".replace("x", "y"));
console.log('%O', "a-b-c".replaceAll("x", "y"));
console.log('%O', "a-b-c".replace("$", "$$"));
console.log('%O', "a-b-c".replaceAll("$", "$$"));
console.log('%O', "a-b-c".replace("b", "[$`|$']"));
console.log('%O', "a-b-c".replaceAll("b", "[$`|$']"));
console.log('%O', "a-b-c".replace("", "_"));
console.log('%O', "a-b-c".replaceAll("", "_"));
console.log('%O', "a$b".replace("$", "$$"));
console.log('%O', "abc".replace("b", "[$`|$']"));
console.log('%O', "aaa".replaceAll("", "_"));
console.log('%O', "abc".replace("b", (m, p, s) => m + p + s));
console.log('%O', String.fromCharCode(72, 105));
console.log('%O', String.fromCharCode());
console.log('%O', String.fromCharCode(65 + 65536));
console.log('%O', String.fromCharCode("66"));
console.log('%O', String.fromCharCode(-1).charCodeAt(0));
console.log('%O', String.fromCharCode(3.9).charCodeAt(0));
console.log('%O', String.fromCodePoint(0x1F600, 65));
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.charAt.call(undefined); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.toString.call(1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log('%O', String.prototype.slice.call(12345, 1, 3));
console.log('%O', "null".indexOf(null));
console.log('%O', "12345".indexOf(3));
console.log('%O', new String("ab").length);
console.log('%O', Object.keys(new String("ab")));
console.log('%O', new String("ab").valueOf());
console.log('%O', new String("ab") + "c");
