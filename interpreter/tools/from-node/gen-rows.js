// Usage: node gen-rows.js rows.js  -> prints Java rows: row("js", h -> java, "expected")
// Each entry of rows.js's module.exports is [jsExpression, javaLambdaBody].
const util = require('util');
const rows = require(process.argv[2]);
Error.stackTraceLimit = 0;
const jstr = (s) => JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
  .replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
for (const [js, java] of rows) {
  let expected;
  try { expected = util.inspect((0, eval)(js)); }
  catch (e) { expected = '!' + e.name + ': ' + e.message; }
  console.log(`                row(${jstr(js)}, h -> ${java}, ${jstr(expected)}),`);
}
