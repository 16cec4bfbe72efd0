// A class declaration as the body of an if is a SyntaxError, as in node.
if (true) class A {}
