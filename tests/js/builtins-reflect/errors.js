// Reflect's TypeErrors in node's words, and its functions' names and lengths in V8's order.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
for (const m of Object.getOwnPropertyNames(Reflect)) t(() => Reflect[m](1));
t(() => Reflect.apply(function () {}, null, 1));
t(() => Reflect.apply(1, null, []));
t(() => Reflect.apply({}, null, []));
t(() => Reflect.construct(() => 1, []));
t(() => Reflect.construct(function () {}, [], 1));
t(() => Reflect.construct(function () {}, [], () => 1));
t(() => Reflect.construct(function () {}, 1));
t(() => Reflect.setPrototypeOf({}, 1));
t(() => Reflect.setPrototypeOf({}, undefined));
t(() => Reflect.defineProperty({}, "x", 1));
console.log(Object.getOwnPropertyNames(Reflect).join(), Reflect[Symbol.toStringTag], Reflect.apply.length, Reflect.construct.length, Reflect.set.length, Reflect.defineProperty.length, Reflect.get.length);
