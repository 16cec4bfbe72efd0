// Rest and spread together: splitting and rebuilding arrays and objects.
const [first, ...rest] = [1, 2, 3];
console.log([...rest, first]);
const {id, ...fields} = {id: 7, name: 'n', size: 2};
console.log({...fields, id: id + 1});
function omit(obj, key) { const {[key]: _, ...others} = obj; return others; }
console.log(omit({a: 1, b: 2, c: 3}, 'b'));
