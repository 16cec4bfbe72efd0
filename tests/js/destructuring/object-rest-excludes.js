// Object rest copies only own enumerable properties, never inherited or non-enumerable ones.
const proto = {inherited: 1};
const o = Object.create(proto);
o.own = 2;
o.other = 3;
Object.defineProperty(o, 'hidden', {value: 4, enumerable: false});
const {own, ...rest} = o;
console.log(own, rest, 'inherited' in rest, 'hidden' in rest);
console.log(Object.getPrototypeOf(rest) === Object.prototype);
