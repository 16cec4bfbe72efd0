// Object rest of a primitive: a string's indices are copied, a number has nothing to copy.
const {...chars} = 'abc';
console.log(chars);
const {0: first, ...others} = 'xyz';
console.log(first, others);
const {...fromNumber} = 42;
console.log(fromNumber);
