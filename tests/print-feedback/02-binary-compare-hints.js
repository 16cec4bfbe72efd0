// Binary and compare feedback: SignedSmall, then Number after a double, String, Any.
function add(a, b) { return a + b; }
function less(a, b) { return a < b; }
add(1, 2);
add(1.5, 2);
add('x', 'y');
less(1, 2);
less(1, 2.5);
function count(n) { let c = 0; for (let i = 0; i < n; i++) c = c + i; return c; }
result = [count(10), less('a', 'b')];
