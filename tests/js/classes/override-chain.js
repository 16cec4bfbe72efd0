// A three-level override chain with super calls at each level.
class L1 { who() { return ['L1']; } }
class L2 extends L1 { who() { return super.who().concat('L2'); } }
class L3 extends L2 { who() { return super.who().concat('L3'); } }
class L4 extends L3 {}
console.log(new L4().who(), new L2().who());
