// encodeURI / encodeURIComponent / decodeURI / decodeURIComponent (UTF-8 percent-encoding) and
// Annex B's escape / unescape.
const text = "a b&c=d/é?#ü€😀;,+$@:~*'()!-_.";
console.log(encodeURIComponent(text));
console.log(encodeURI(text));
console.log(decodeURIComponent(encodeURIComponent(text)) === text, decodeURI(encodeURI(text)) === text);
console.log(decodeURI("%2F%3B%23%41%C3%A9"), decodeURIComponent("%2F%3B%23%41%C3%A9"));
console.log(decodeURIComponent("%f0%9f%98%80"), encodeURIComponent("\u0000\u007f\u0080\u07ff\u0800\uffff"));
for (const bad of ["%", "%E", "%ZZ", "%C3", "%C3%28", "%C0%80", "%ED%A0%80", "%F8%80%80%80%80", "%F4%90%80%80", "%80"]) {
  try { decodeURIComponent(bad); console.log(bad, "decoded?"); } catch (e) { console.log(bad, e.name + ": " + e.message, e instanceof URIError); }
}
for (const bad of ["\ud800", "x\udc00", "\ud800\ud800"]) {
  try { encodeURIComponent(bad); } catch (e) { console.log(JSON.stringify(bad), e.name + ": " + e.message); }
}
console.log(encodeURIComponent(123), encodeURIComponent(undefined), decodeURIComponent(null), encodeURI());
console.log(escape("a b+c/é€@*_-.!~"), unescape("%61%20%u20AC%zz%u12%"), unescape(escape("ünï€ode")) === "ünï€ode");
console.log(encodeURIComponent.length, decodeURI.name, typeof escape);
