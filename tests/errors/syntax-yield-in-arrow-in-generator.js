// An arrow inside a generator is no generator: yield is a name there again.
function* g() {
  const f = () => yield 1;
}
