// util.inspect as console.log prints it (console.log('%O', v) is util.inspect(v)): named, anonymous and arrow functions, builtins, functions with properties, constructor-name prefixes.
console.log('%O', function f() {});
console.log('%O', function () {});
console.log('%O', (() => {}));
console.log('%O', Object.assign(function g() {}, { a: 1 }));
console.log('%O', { fn: function named() {}, arrow: () => 1 });
console.log('%O', Object);
console.log('%O', Math.max);
console.log('%O', parseInt);
console.log('%O', [function a() {}, function b() {}]);
console.log('%O', (() => { function Point(x, y) { this.x = x; this.y = y; } return new Point(1, 2); })());
console.log('%O', (() => { function Empty() {} return new Empty(); })());
console.log('%O', (() => { function P() { this.v = 1; } return [new P(), { p: new P() }]; })());
console.log('%O', (() => { function F() {} const f = new F(); f.a = { b: { c: { d: 1 } } }; return f; })());
console.log('%O', (() => { const F = function () {}; return new F(); })());
