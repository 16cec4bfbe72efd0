// setTimeout and setImmediate pass extra arguments and call the callback with the Timeout / Immediate as this.
setImmediate(function (a) {
  console.log('immediate', a, this.constructor.name);
  setTimeout(function (b, c) { console.log(b, c, this.constructor.name, typeof this.ref); }, 1, 'x', 42);
}, 'y');
const t = setTimeout(() => {}, 1);
console.log(typeof t, t.hasRef(), typeof t[Symbol.toPrimitive]());
clearTimeout(t);
try { setTimeout('code string'); } catch (e) { console.log(e.name, e.code, e.message); }
try { setImmediate(); } catch (e) { console.log(e.message); }
try { setInterval(null, 1); } catch (e) { console.log(e.message); }
