// A small event emitter: closures, objects of arrays, this binding and removal by identity.
function Emitter() { this.handlers = {}; }
Emitter.prototype.on = function (name, fn) { (this.handlers[name] || (this.handlers[name] = [])).push(fn); return this; };
Emitter.prototype.off = function (name, fn) {
  var list = this.handlers[name] || [], kept = [];
  for (var i = 0; i < list.length; i++) if (list[i] !== fn) kept.push(list[i]);
  this.handlers[name] = kept;
};
Emitter.prototype.emit = function (name, arg) {
  var list = this.handlers[name] || [];
  for (var i = 0; i < list.length; i++) list[i](arg);
  return list.length;
};
var e = new Emitter(), log = [];
function a(x) { log.push("a" + x); }
var b = function (x) { log.push("b" + x); };
e.on("ev", a).on("ev", b).on("other", a);
console.log(e.emit("ev", 1), e.emit("other", 2), e.emit("none", 3));
e.off("ev", a);
e.emit("ev", 4);
console.log(log.join(" "));
