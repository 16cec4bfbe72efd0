// A default applies only when the property's value is undefined (not null, 0, '' or false).
const {u = 'd1', n = 'd2', z = 'd3', e = 'd4', f = 'd5'} = {u: undefined, n: null, z: 0, e: '', f: false};
console.log(u, n, z, e, f);
const {absent: renamed = 42} = {};
console.log(renamed);
