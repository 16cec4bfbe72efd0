// --print-feedback reports after an uncaught exception too (the program exits with code 1).
function read(o) { return o.x.y; }
read({x: {y: 1}});
read({x: {y: 2}});
result = 'before';
read({});
