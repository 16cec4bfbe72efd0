// Assigning to a getter-only accessor throws in strict class code.
class R {
  get ro() { return 1; }
  tryWrite() {
    try {
      this.ro = 2;
    } catch (e) {
      return e.name + ': ' + e.message;
    }
    return 'no error';
  }
}
console.log(new R().tryWrite(), new R().ro);
