// Tagged templates: the template object (cooked, raw, frozen, one per site), member tags get this, String.raw.
function tag(strings, ...vals) { return JSON.stringify([strings, strings.raw, vals]); }
console.log(tag`a${1}b${2}c`);
console.log(tag`\n${'x'}\u0041`);
const o = { name: 'o', t(s) { return this.name + s[0]; } };
console.log(o.t`hi`);
function site() { return (s => s)`same`; }
console.log(site() === site(), Object.isFrozen(site()), Object.isFrozen(site().raw));
const f = s => s;
console.log(f`x` === f`x`);
console.log(String.raw`a\nb${1}`, String.raw`\\`);
