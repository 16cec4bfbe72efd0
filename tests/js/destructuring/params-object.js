// Object patterns as parameters.
function area({width, height = width}) { return width * height; }
console.log(area({width: 3, height: 4}), area({width: 5}));
function describe({name, address: {city}}) { return name + ' lives in ' + city; }
console.log(describe({name: 'Bo', address: {city: 'Oslo'}}));
function opts(a, {verbose = false, level = 1} = {}) { return [a, verbose, level].join(' '); }
console.log(opts('x'), opts('y', {verbose: true}));
