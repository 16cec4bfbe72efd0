// Error stacks name class frames: new Foo, Foo.method, Foo.staticMethod.
class Foo {
  constructor(fail) { if (fail) throw new Error('ctor'); }
  method() { throw new Error('method'); }
  static helper() { throw new Error('static'); }
}
function firstFrames(f) {
  try { f(); } catch (e) {
    return e.stack.split('\n').slice(0, 3).map(function (l) {
      return l.indexOf('/') < 0 ? l : l.slice(0, l.indexOf('/')) + l.slice(l.lastIndexOf('/') + 1);
    }).join(' | ');
  }
}
console.log(firstFrames(function () { new Foo(true); }));
console.log(firstFrames(function () { new Foo(false).method(); }));
console.log(firstFrames(function () { Foo.helper(); }));
