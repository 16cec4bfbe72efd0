// A symbol in a template literal substitution throws.
const s = Symbol('t');
console.log(`value: ${s}`);
