// A static counter updated by the constructor.
class Tracked {
  static count = 0;
  constructor() {
    Tracked.count++;
    this.n = Tracked.count;
  }
}
for (let i = 0; i < 5; i++) new Tracked();
console.log(Tracked.count, new Tracked().n);
