// Map and Set constructors: from arrays, strings, other collections, user iterables; errors.
console.log(new Map(new Map([[1, 'one']])), new Set('hello'));
console.log(new Map(Object.entries({ a: 1, b: 2 })));
const pairs = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: [i, i * i], done: i++ >= 3 }) }; } };
console.log(new Map(pairs));
console.log(new Set(null), new Map(undefined));
try { Map(); } catch (e) { console.log(e.name, e.message); }
try { Set(); } catch (e) { console.log(e.name, e.message); }
try { new Map([1, 2]); } catch (e) { console.log(e.name, e.message); }
console.log(typeof Map, Map.name, Map.length, Set.length, new Map() instanceof Map);
console.log(Object.getPrototypeOf(new Set()) === Set.prototype, new Set().constructor === Set);
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name, e.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (e) { console.log(e.name, e.message); }
