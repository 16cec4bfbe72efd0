// A 32-bit string hash (FNV-1a with Math.imul) relying on int32/uint32 wrap-around.
function fnv1a(s) {
  var h = 0x811c9dc5;
  for (var i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function djb2(s) { var h = 5381; for (var i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0; return h; }
var words = ["", "a", "hello", "Hello", "the quick brown fox", "\u{1F600}"];
for (var i = 0; i < words.length; i++) console.log(fnv1a(words[i]), djb2(words[i]));
