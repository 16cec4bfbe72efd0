// switch: TestEqualStrict per case, fall-through, default.
function test(x) { switch (x) { case 1: return "one"; case 2: case 3: return "few"; default: return "many"; } }
test(2);
