// try/finally inside a try/catch: the inner finally's rethrow is a ReThrow (inside the outer catch's range), not a jump to an outer finally.
function test(f) { try { try { f(); } finally { f = null; } } catch (e) { return e; } finally { f = 0; } }
test(() => 1);
