// replace and replaceAll with string patterns, $ patterns and function replacers.
const s = 'the cat sat on the mat';
console.log(s.replace('the', 'a'), s.replaceAll('the', 'a'), s.replace('dog', 'x'));
console.log(s.replace('cat', '[$&]'), s.replace('cat', "$`|$'"), s.replace('cat', '$$'), s.replace('cat', '$1'));
console.log(s.replace('at', (m, off, str) => m.toUpperCase() + off + (str === s)));
console.log(s.replaceAll('at', (m, off) => '<' + off + '>'));
console.log('aaa'.replaceAll('a', 'b'), 'aaa'.replaceAll('', '-'), 'abc'.replace('', '-'));
console.log('x.y.z'.replaceAll('.', '/'), 'abab'.replaceAll('ab', '$&$&'));
console.log('123'.replace(2, 'two'), 'null'.replace(null, 'N'));
