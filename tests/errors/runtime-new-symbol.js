// Symbol is not a constructor.
const s = new Symbol('x');
