// try/finally: token dispatch with SwitchOnSmiNoFeedback after the finally block.
function test(f) { try { return f(); } finally { f = null; } }
test(() => 1);
