// Destructuring a primitive reads through its wrapper prototype.
const {length} = 'four';
const {toFixed} = 1;
const {valueOf} = true;
console.log(length, typeof toFixed, typeof valueOf);
const {} = 0;
const {} = '';
console.log('empty patterns accept any non-nullish value');
