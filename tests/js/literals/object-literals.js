// Object literals: shorthand properties, shorthand methods, computed keys, quoted and numeric keys.
var x = 1, y = "two";
var o = { x, y, z: 3 };
console.log(o);
var k = "dyn";
var o2 = { [k]: 1, [k + "2"]: 2, ["a" + "b"]: 3, [1 + 1]: "two" };
console.log(o2);
var o3 = { greet() { return "hi " + this.name; }, name: "bob" };
console.log(o3.greet());
var o4 = { "quoted key": 1, 42: "answer", 0.5: "half", 1e3: "thousand" };
console.log(o4["quoted key"], o4[42], o4["42"], o4["0.5"], o4[1000]);
var o5 = { a: 1, a: 2 };
console.log(o5.a);
var o6 = { if: 1, class: 2, new: 3, typeof: 4 };
console.log(o6.if + o6.class + o6.new + o6.typeof);
console.log({}, { a: {} }, { a: [] });
var o7 = { nested: { deep: { value: 42 } } };
console.log(o7.nested.deep.value);
