// %HaveSameMap: the same properties added in the same order share a shape; another order or
// another prototype does not; %HasFastProperties turns false after a delete or very many
// properties. Node prints the same (checked with node --allow-natives-syntax).
function Point(x, y) { this.x = x; this.y = y; }
const a = new Point(1, 2);
const b = new Point(3, 4);
console.log('constructor instances', %HaveSameMap(a, b));
const lit1 = {x: 1, y: 2};
const lit2 = {x: 'a', y: null};
console.log('literals, same order', %HaveSameMap(lit1, lit2));
const lit3 = {y: 2, x: 1};
console.log('literals, other order', %HaveSameMap(lit1, lit3));
console.log('same keys, other prototype', %HaveSameMap(a, lit1));
const grown1 = {};
grown1.x = 1;
grown1.y = 2;
const grown2 = {};
grown2.x = 'a';
grown2.y = 'b';
console.log('grown one by one, same order', %HaveSameMap(grown1, grown2));
b.z = 5;
console.log('after adding z to b', %HaveSameMap(a, b));
a.z = 6;
console.log('after adding z to a too', %HaveSameMap(a, b));
console.log('empty objects', %HaveSameMap({}, {}));
console.log('fast before delete', %HasFastProperties(a));
delete a.x;
console.log('fast after delete', %HasFastProperties(a), a.x, a.y, a.z);
console.log('deleted object shares nothing', %HaveSameMap(a, b));
const big = {};
for (let i = 0; i < 200; i++) big['p' + i] = i;
console.log('fast with 200 properties', %HasFastProperties(big), big.p199);
console.log('arrays', %HaveSameMap([1, 2], [3, 4, 5]));
