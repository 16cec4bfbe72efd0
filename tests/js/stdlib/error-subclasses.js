// Error subclasses: names, messages, prototype chain, stack header, toString.
for (const E of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new E('msg');
  console.log(E.name, e.name, e.message, e instanceof Error, e instanceof E, Object.getPrototypeOf(E.prototype) === Error.prototype || E === Error);
  console.log(String(e), e.stack.split('\n')[0], e.stack.split('\n')[1].trim().startsWith('at '));
}
const plain = TypeError('no new');
console.log(plain instanceof TypeError, plain.message, Object.prototype.toString.call(plain));
console.log(new RangeError().message === '', new Error(undefined).hasOwnProperty('message'));
const withCause = new Error('outer', { cause: 'inner' });
console.log(withCause.cause);
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError); }
try { undefinedVariable; } catch (e) { console.log(e.name, e.message); }
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
