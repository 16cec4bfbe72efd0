console.log("not reached");
if (false) {} else l: function f() {}
