// for-of over strings iterates code points (astral chars as one item), unlike indexing.
var out = [];
for (var ch of "a\u{1F600}b") out.push(ch);
console.log(out.length, out);
var codes = [];
for (const c of "héllo") codes.push(c.charCodeAt(0));
console.log(codes.join(","));
var n = 0;
for (let c of "") n++;
console.log(n);
var rev = "";
for (const c of "stressed") rev = c + rev;
console.log(rev);
