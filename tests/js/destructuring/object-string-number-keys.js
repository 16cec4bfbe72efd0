// String and number keys in object patterns, including ones that are not identifiers.
const {'a b': ab, 1: one, 1.5: onePointFive, 0x10: sixteen, 'if': kw} = {'a b': 'AB', 1: 'uno', '1.5': 'x1.5', 16: 'sixteen', if: 'IF'};
console.log(ab, one, onePointFive, sixteen, kw);
const {length, 0: head} = 'hello';
console.log(length, head);
