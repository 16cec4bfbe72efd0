// SyntaxError: Missing initializer in const declaration.
const limit;
limit = 10;
