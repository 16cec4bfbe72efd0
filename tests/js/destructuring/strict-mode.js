// In strict code an assignment pattern cannot create a global; names must exist.
"use strict";
let a;
[a] = [1];
console.log(a);
try { [undeclared] = [1]; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { ({b: alsoUndeclared} = {b: 2}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
