// util.inspect as console.log prints it (console.log('%O', v) is util.inspect(v)): messages, names, extra properties, overwritten and empty stacks, causes, errors inside arrays and objects, Error subclasses by prototype.
// With stackTraceLimit 0 an error's stack is only its first line, so no path or frame is printed.
// (V8 formats an error's stack when it is first read, so renaming an error before that shows in
// its stack; Kindling formats it when the error is made. The case sets the stack node would show.)
Error.stackTraceLimit = 0;
console.log('%O', new Error('boom'));
console.log('%O', new TypeError('bad type'));
console.log('%O', new RangeError());
console.log('%O', [new Error('in array')]);
console.log('%O', { e: new Error('in object') });
console.log('%O', Object.assign(new Error('with props'), { code: 42 }));
console.log('%O', (() => { const e = new Error('x'); e.name = 'Custom'; e.stack = 'Custom: x'; return e; })());
console.log('%O', (() => { const e = new Error('msg'); e.stack = 'Error: msg\n    at f (file.js:1:2)\n    at file.js:3:4'; return e; })());
console.log('%O', (() => { const e = new Error('msg'); e.stack = 'Error: msg\n    at f (file.js:1:2)'; return { err: e }; })());
console.log('%O', (() => { const e = new Error('msg'); e.stack = 'Error: msg\n    at f (file.js:1:2)'; return [e, 1]; })());
console.log('%O', (() => { const e = new Error('msg'); e.stack = 'Error: msg\n    at f (file.js:1:2)'; e.extra = 1; return e; })());
console.log('%O', (() => { const e = new TypeError('t'); e.stack = 'TypeError: t\n    at g (a.js:10:5)'; return { a: { e } }; })());
console.log('%O', (() => { const e = new Error('msg'); e.stack = ''; return e; })());
console.log('%O', new Error('x', { cause: 'why' }));
console.log('%O', new Error('x', { cause: new Error('inner') }));
console.log('%O', (() => { function MyError(m) { this.message = m; } MyError.prototype = Object.create(Error.prototype); MyError.prototype.constructor = MyError; MyError.prototype.name = 'MyError'; return new MyError('mine'); })());
console.log('%O', (() => { function E2() {} E2.prototype = Object.create(Error.prototype); E2.prototype.constructor = E2; const e = new E2(); e.stack = 'Error: base\n    at x (y.js:1:1)'; return e; })());
