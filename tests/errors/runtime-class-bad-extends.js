// extends a non-constructor: TypeError at the extends expression.
const x = 42;
class B extends x {}
