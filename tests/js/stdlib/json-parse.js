// JSON.parse with and without a reviver.
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":-1.5e2,"e":true}'));
console.log(JSON.parse(' 42 '), JSON.parse('"s"'), JSON.parse('null'), JSON.parse('[]'));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => typeof v === 'number' ? v + 100 : v));
console.log(JSON.parse('[1,2,3]', function (k, v) { return k === '1' ? undefined : v; }));
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (k, v) => { order.push(k); return v; });
console.log(order);
console.log(JSON.parse('{"__proto__": 1}'), JSON.parse('{"a":1,"a":2}'));
