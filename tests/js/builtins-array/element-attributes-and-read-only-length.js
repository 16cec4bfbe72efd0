// Array elements with attributes the dense store cannot hold (accessors, read-only, hidden) and a read-only length: the array becomes sparse, and push/pop/shift/unshift take the spec's generic steps and fail where node fails.
var b=[1,2,3]; Object.defineProperty(b,'length',{writable:false});
try { b.push(4) } catch(e) { console.log(e.message) }
try { b.pop() } catch(e) { console.log(e.message) }
try { b.shift() } catch(e) { console.log(e.message) }
try { b.unshift(0) } catch(e) { console.log(e.message) }
try { b[5] = 1; console.log(b.length, b[5]) } catch(e) { console.log(e.message) }
(function(){ 'use strict'; try { b[5] = 1 } catch(e) { console.log(e.message) } try { b.length = 0 } catch(e) { console.log(e.message) } })();
console.log(b, Object.getOwnPropertyDescriptor(b,'length'));
var f = Object.freeze([1,2]);
try { f.pop() } catch(e) { console.log(e.message) }
try { f.shift() } catch(e) { console.log(e.message) }
console.log(f);
var s = Object.seal([1,2]); s[0] = 9; try { s.pop() } catch(e) { console.log(e.message) } console.log(s, Object.isSealed(s));
var c=[1,2,3]; Object.defineProperty(c, 1, {value: 'ro', writable: false}); c[1] = 'x'; console.log(c, c.length, Object.getOwnPropertyDescriptor(c, 1));
c.push(4); console.log(c, Object.keys(c));
var d=[1,2,3]; Object.defineProperty(d, 2, {get(){return 'acc'}, configurable: true}); console.log(d, d[2], d.map(x=>x));
Object.defineProperty(d, 0, {enumerable:false}); console.log(Object.keys(d), JSON.stringify(d));
var e=[1,2,3]; Object.defineProperty(e,'length',{value:1, writable:false}); console.log(e, e.length);
