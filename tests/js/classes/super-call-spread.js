// super(...args) with spread arguments, and spread mixed with plain ones.
class Sum {
  constructor(...xs) {
    this.total = 0;
    for (let i = 0; i < xs.length; i++) this.total += xs[i];
    this.n = xs.length;
  }
}
class Sum3 extends Sum {
  constructor(a, ...rest) {
    super(a, ...rest, 100);
  }
}
class SpreadAll extends Sum {
  constructor(list) {
    super(...list);
  }
}
console.log(new Sum3(1, 2, 3), new SpreadAll([5, 6, 7, 8]), new SpreadAll('123'));
