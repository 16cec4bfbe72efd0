// Uncaught TypeError: obj.run is not a function (method call on a missing property).
var obj = { name: "o" };
function go() { obj.run(); }
go();
