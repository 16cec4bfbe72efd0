// Own fields versus inherited methods: hasOwnProperty and `in`.
class A { m() {} }
class B extends A { f = 1; }
const b = new B();
console.log(b.hasOwnProperty('f'), b.hasOwnProperty('m'), 'm' in b, 'f' in b, 'constructor' in b);
