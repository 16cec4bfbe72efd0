// switch uses strict equality (no coercion) and falls through without break.
function sw(x) {
  switch (x) {
    case 1: return "number one";
    case "1": return "string one";
    case true: return "true";
    case null: return "null";
    case undefined: return "undefined";
    default: return "other";
  }
}
console.log(sw(1), sw("1"), sw(true), sw(null), sw(undefined), sw(NaN), sw(0));
function fall(n) {
  var out = [];
  switch (n) {
    case 0: out.push(0);
    case 1: out.push(1);
    case 2: out.push(2); break;
    case 3: out.push(3);
  }
  return out;
}
console.log(fall(0), fall(1), fall(2), fall(3), fall(4));
