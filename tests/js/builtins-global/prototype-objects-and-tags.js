// Boolean.prototype, Number.prototype and String.prototype are themselves wrapper objects of
// false, +0 and ""; Math and JSON carry their Symbol.toStringTag as a read-only own property.
console.log(Boolean.prototype.valueOf(), Boolean.prototype.toString(), Number.prototype.valueOf(), Number.prototype.toFixed(2));
console.log(JSON.stringify(String.prototype.toString()), String.prototype.valueOf() === "");
for (const o of [Math, JSON]) {
  const d = Object.getOwnPropertyDescriptor(o, Symbol.toStringTag);
  console.log(d.value, d.writable, d.enumerable, d.configurable, Object.prototype.toString.call(o));
}
try { Boolean.prototype.valueOf.call(Object.create(Boolean.prototype)); } catch (e) { console.log(e.name + ": " + e.message); }
try { Number.prototype.valueOf.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
