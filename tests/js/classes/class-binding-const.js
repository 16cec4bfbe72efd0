// Inside the class the class name is a const binding; outside it is a let-like binding.
class A {
  static rename() {
    try {
      A = null;
    } catch (e) {
      return e.constructor.name + ': ' + e.message;
    }
    return 'assigned';
  }
  static self() { return A; }
}
console.log(A.rename());
const Saved = A;
A = 'replaced';
console.log(typeof A, Saved.self() === Saved);
