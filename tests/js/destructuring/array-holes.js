// Elisions skip elements; a trailing comma is not an elision.
const [, second, , fourth] = [1, 2, 3, 4, 5];
console.log(second, fourth);
const [first,] = ['f', 'g'];
console.log(first);
const [, , ] = [1];
const [,] = [];
console.log('holes on short sources are fine');
const [h1, , h3] = [1, , 3];
console.log(h1, h3);
