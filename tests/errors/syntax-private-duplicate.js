// the same private name declared twice (a getter and a setter may share one)
class A {
  get #a() { return 1; }
  set #a(v) {}
  #m() {}
  #m = 1;
}
