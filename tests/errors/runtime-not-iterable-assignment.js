// A destructuring assignment of a non-iterable: V8 prints the value by its type.
let a, b;
[a, b] = 42;
