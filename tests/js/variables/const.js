// const requires an initializer and cannot be reassigned (TypeError), but object contents can change.
const a = 1;
try { a = 2; } catch (e) { console.log(e.name + ": " + e.message); }
console.log(a);
try { a++; } catch (e) { console.log(e.name + ": " + e.message); }
try { a += 1; } catch (e) { console.log(e.name + ": " + e.message); }
const o = { n: 1 };
o.n = 2; o.m = 3;
console.log(o);
const arr = [];
arr.push(1);
console.log(arr);
for (const k in { p: 1, q: 2 }) console.log(k);
for (const v of [7, 8]) console.log(v);
try { for (const i = 0; i < 2; i++) { console.log("iter", i); } } catch (e) { console.log(e.message); }
