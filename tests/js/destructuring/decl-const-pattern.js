// Names bound by a const pattern cannot be reassigned.
const {a, b: [c]} = {a: 1, b: [2]};
console.log(a, c);
try { a = 5; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { [c] = [9]; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(a, c);
