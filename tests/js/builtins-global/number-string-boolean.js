// Number(), String() and Boolean() as conversion functions (called without new).
console.log(Number("12"), Number(""), Number(null), Number(undefined), Number([5]), Number(true));
console.log(String(12), String(null), String([1, [2, 3]]), String({}), String(-0), String(1e-7));
console.log(Boolean(""), Boolean(" "), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(null), Boolean({}), Boolean([]), Boolean("false"));
console.log(typeof Number("1"), typeof String(1), typeof Boolean(1));
console.log(Number(Number("3")), String(String(3)), Boolean(Boolean(3)));
console.log(Number(), String(), Boolean(), "[" + String() + "]");
