// JSON.parse errors carry node's SyntaxError messages.
for (const text of ['{', '{"a":1,}', '[1,]', 'tru', '', '{"a" 1}', '"abc', "{'a':1}", '01', '1 2', 'undefined', '{"a":1}x']) {
  try { JSON.parse(text); console.log('parsed', text); } catch (e) { console.log(JSON.stringify(text), e.name + ': ' + e.message); }
}
