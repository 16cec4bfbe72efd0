// true/false/null/undefined literals and their typeof and printing.
console.log(true, false, null, undefined);
console.log(typeof true, typeof false, typeof null, typeof undefined);
console.log([true, false, null, undefined]);
console.log({ t: true, f: false, n: null, u: undefined });
console.log(String(null), String(undefined), String(true));
console.log(null === null, undefined === undefined, null == undefined, null === undefined);
var undefined2;
console.log(undefined2, void 0 === undefined);
