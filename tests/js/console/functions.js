// Functions print as [Function: name] or [Function (anonymous)]; with own properties they get a { } suffix.
function named() {}
var anon = [function () {}][0];
console.log(named, anon, () => {}, function inner() {});
console.log([named], { f: named, g: function () {} });
function withProps() {}
withProps.count = 3;
console.log(withProps);
console.log(Math.max, parseInt, console.log);
function Ctor() {}
console.log(Ctor, new Ctor());
