// Stack frames of class methods and constructors: Foo.m, new Bar, then an uncaught throw.
class Foo { m() { throw new Error('boom'); } static s() { null.x; } }
try { new Foo().m(); } catch (e) { console.log(e.stack.split('\n')[1].split('(')[0]); }
class Bar extends Foo { constructor() { super(); throw new TypeError('in ctor'); } }
function make() { return new Bar(); }
make();
