// Class bodies are strict code: assignments to undeclared names throw.
class S {
  leak() {
    try {
      undeclaredVariable = 1;
    } catch (e) {
      return e.name;
    }
    return 'sloppy';
  }
  thisInPlainCall() {
    const f = function () { return this; };
    return f();
  }
}
console.log(new S().leak(), new S().thisInPlainCall());
const m = new S().thisInPlainCall;
console.log(m());
