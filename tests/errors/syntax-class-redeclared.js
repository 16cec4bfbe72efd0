// A class declaration redeclaring a let binding: node underlines the whole declaration.
let Point = 1;
class Point {}
