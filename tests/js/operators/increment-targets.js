// ++/-- on properties coerces the stored value and writes back; postfix returns the old number value.
var o = { s: "10", b: true, n: null, u: undefined, arr: [1] };
console.log(o.s++, o.s, o.b++, o.b, o.n--, o.n, o.u++, o.u);
console.log(o.arr++, o.arr);
var a = ["5", , 7];
a[1]++;
console.log(a[0]++, a, ++a[2]);
var key = "dyn", obj = {};
obj[key] = 1;
obj[key]++;
obj["d" + "yn"] += 10;
console.log(obj);
var i = 0, b = [10, 20, 30];
b[i++]++;
b[i++] += 5;
console.log(b, i);
