function f(s) {
  return s.replace(/[z-a]/gi, "");
}
