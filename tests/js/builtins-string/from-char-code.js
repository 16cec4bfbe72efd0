// String.fromCharCode with multiple args, 16-bit truncation, surrogate pairs and coercion.
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(65 + 65536), String.fromCharCode("66"));
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(0x20AC), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(3.9).charCodeAt(0));
var s = "";
for (var c = 97; c < 97 + 26; c++) s += String.fromCharCode(c);
console.log(s, s.length);
