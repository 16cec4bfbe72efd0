// util.inspect as console.log prints it (console.log('%O', v) is util.inspect(v)): the intrinsic prototypes, Number/String/Boolean wrappers, Math and JSON.
console.log('%O', Function.prototype);
console.log('%O', [Function.prototype]);
console.log('%O', Object.prototype);
console.log('%O', Error.prototype);
console.log('%O', { p: Object.prototype });
console.log('%O', Number.prototype);
console.log('%O', new Number(5));
console.log('%O', new Number(-0));
console.log('%O', new String('ab'));
console.log('%O', new Boolean(false));
console.log('%O', Object.assign(new Number(1), { a: 1 }));
console.log('%O', Math);
console.log('%O', JSON);
console.log('%O', { m: Math });
