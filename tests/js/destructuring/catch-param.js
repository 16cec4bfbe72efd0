// A catch parameter can be a pattern.
try { throw new Error('boom'); } catch ({message, name}) { console.log(name, message); }
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }
try { throw {code: 7}; } catch ({code, extra = 'none'}) {
  const show = () => code + ' ' + extra;
  console.log(show());
}
