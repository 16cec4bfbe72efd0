// A class declared in a loop body is a new class each iteration.
const classes = [];
for (let i = 0; i < 3; i++) {
  class Item {
    constructor() { this.i = i; }
  }
  classes.push(Item);
}
console.log(classes[0] === classes[1], new classes[2]().i, new classes[0]().i);
