// Implicit conversion of a symbol to a string or number throws node's TypeError.
const s = Symbol('foo');
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('concat', () => s + '');
attempt('template', () => `${s}`);
attempt('unary plus', () => +s);
attempt('minus', () => s - 1);
attempt('Number', () => Number(s));
attempt('String', () => String(s));
attempt('toString', () => s.toString());
attempt('compare', () => s < 1);
attempt('join', () => [s].join());
attempt('loose eq', () => s == 'Symbol(foo)');
attempt('strict eq', () => s === s);
attempt('new', () => new Symbol());
attempt('parseInt', () => parseInt(s));
attempt('bitor', () => s | 0);
