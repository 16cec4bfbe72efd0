// GetNamedProperty / SetNamedProperty with name constants and feedback slots.
function test(o) { o.x = o.y; return o.x; }
test({y: 1});
