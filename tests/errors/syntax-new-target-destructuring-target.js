function F() {
  [new.target] = [1];
}
