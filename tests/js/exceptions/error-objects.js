// Error constructors: name, message, String(e), e.toString(), called with and without new.
var errs = [new Error("m1"), new TypeError("m2"), new RangeError("m3"), new ReferenceError("m4"), new SyntaxError("m5")];
for (var i = 0; i < errs.length; i++) {
  var e = errs[i];
  console.log(e.name, "|", e.message, "|", String(e), "|", e.toString(), "|", e instanceof Error);
}
var noMsg = new Error();
console.log(noMsg.message === "", String(noMsg), noMsg.toString());
var call = Error("no new");
console.log(call instanceof Error, call.message);
var te = TypeError("tt");
console.log(te instanceof TypeError, String(te));
var num = new Error(42);
console.log(typeof num.message, num.message);
var u = new Error(undefined);
console.log(u.message === "", String(u));
e = new Error("renamed");
e.name = "CustomName";
console.log(String(e));
e.name = "";
console.log(String(e));
e.message = "";
e.name = "OnlyName";
console.log(String(e));
console.log("" + new RangeError("concat"), `${new SyntaxError("tmpl")}`);
