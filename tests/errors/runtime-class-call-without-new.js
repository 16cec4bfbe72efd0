// Calling a class without new: TypeError at the call, in node's words.
class Foo { constructor() { this.a = 1; } }
function f() { return Foo(); }
f();
