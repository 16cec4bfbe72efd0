// Every string escape: \n \t \r \b \f \v \0 \\ \' \" \xHH \uHHHH \u{...} and line continuation.
var s = "a\tb";
console.log(s, s.length);
console.log("line1\nline2");
console.log('it\'s', "say \"hi\"", 'back\\slash');
console.log("\x41\x42\x43", "\x7e", "\u0041\u00e9\u4e2d");
console.log("\u{41}\u{1F600}", "\u{1F600}".length, "\u{10FFFF}".length);
console.log("\0".length, "\0".charCodeAt(0));
console.log("\b\f\v\r".length, "\b".charCodeAt(0), "\f".charCodeAt(0), "\v".charCodeAt(0), "\r".charCodeAt(0));
var cont = "abc\
def";
console.log(cont, cont.length);
console.log("\q\w\e" === "qwe", "\a");
console.log('\x00'.charCodeAt(0), '\u00ff'.charCodeAt(0), "\uD83D\uDE00" === "\u{1F600}");
console.log(["tab\there", "nl\nhere", "quote'here", "bs\\here"]);
