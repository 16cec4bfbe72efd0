// a Date method on an object that is no Date: node's "called on incompatible receiver"
const plain = { when: 1, toISOString: Date.prototype.toISOString };
console.log(typeof plain.toISOString);
plain.toISOString();
