// default placed in the middle: matched cases after it still work, and fall-through continues past it.
function f(x) {
  var out = [];
  switch (x) {
    case "a": out.push("a");
    default: out.push("default");
    case "b": out.push("b"); break;
    case "c": out.push("c");
  }
  return out.join(",");
}
console.log(f("a"), "|", f("b"), "|", f("c"), "|", f("z"));
function g(x) {
  switch (x) {
    default:
      return "default first";
    case 1:
      return "one";
  }
}
console.log(g(1), g(2));
