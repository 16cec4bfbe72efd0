function F() {
  new.target = F;
}
