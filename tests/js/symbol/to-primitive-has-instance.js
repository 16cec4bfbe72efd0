// Symbol.toPrimitive drives ToPrimitive with its hint; Symbol.hasInstance drives instanceof; toStringTag shows in inspect.
const money = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'forty-two' : 'default'; } };
console.log(+money, `${money}`, money + '', money * 2, String(money), [money].join());
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
try { +{ [Symbol.toPrimitive]() { return {}; } }; } catch (e) { console.log(e.message); }
try { +{ [Symbol.toPrimitive]: 1 }; } catch (e) { console.log(e.message); }
console.log({ [Symbol.toStringTag]: 'X', a: 1 });
const T = Object.create({ [Symbol.toStringTag]: 'Tagged' }); T.v = 1;
console.log(T, Object.prototype.toString.call(T));
