// Methods, getters and static methods are not constructors; new on them is a TypeError.
class A {
  m() { return new.target; }
  static s() {}
}
const a = new A();
try { new a.m(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new A.s(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(a.m(), 'prototype' in a.m, 'prototype' in A.s);
