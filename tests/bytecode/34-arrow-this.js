// An arrow using this: the receiver is captured in the context.
function test() { return () => this; }
test.call({});
