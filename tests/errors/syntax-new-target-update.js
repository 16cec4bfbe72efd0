function F() {
  return new.target++;
}
