// super(...) runs the parent constructor on the new object, which then becomes `this`.
class Animal {
  constructor(name) {
    this.name = name;
    this.kind = 'animal';
  }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
}
const d = new Dog('Rex', 'lab');
console.log(d, Object.keys(d));
