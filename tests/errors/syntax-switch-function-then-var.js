switch (1) {
  case 0: function f() {}
  default: var f = 2;
}
