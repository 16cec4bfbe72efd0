// Strings iterate by code point: a surrogate pair is one element.
const [a, b, c] = 'héllo';
console.log(a, b, c);
const [smile, x] = '\u{1F600}!';
console.log(smile.length, x);
const [first, ...others] = 'abc';
console.log(first, others.join('-'));
