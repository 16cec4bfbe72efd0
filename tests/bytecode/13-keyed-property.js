// GetKeyedProperty / SetKeyedProperty.
function test(a, i) { a[i] = a[i + 1]; return a[0]; }
test([1, 2], 0);
