// Assignment patterns store like `=`: undeclared names become globals in sloppy code, const throws.
[g1, g2] = [1, 2];
console.log(g1, g2, typeof globalThis.g1);
({g3} = {g3: 3});
console.log(g3);
const k = 1;
try { [k] = [2]; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(k);
