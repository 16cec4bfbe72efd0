// Array element defaults apply for undefined and for elements past the end.
const [a = 'A', b = 'B', c = 'C', d = 'D'] = [undefined, null, 0];
console.log(a, b, c, d);
const [e = 1, f = e * 10] = [];
console.log(e, f);
