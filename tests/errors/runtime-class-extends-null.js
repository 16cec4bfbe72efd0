// new on a class extending null with the implicit constructor: TypeError.
class B extends null {}
new B();
