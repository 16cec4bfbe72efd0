// Uncaught TypeError: Cannot set properties of null (setting 'x').
var target = null;
target.x = 1;
