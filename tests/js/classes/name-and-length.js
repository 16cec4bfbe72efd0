// A class's name and length (from its constructor's parameters).
class A {}
class B { constructor(a, b, c = 1, ...d) {} }
class C extends B {}
const D = class {};
const E = class Named {};
console.log(A.name, A.length, B.name, B.length, C.name, C.length, D.name, E.name);
const obj = { F: class {} };
console.log(obj.F.name);
console.log(Object.getOwnPropertyNames(A));
