// Anonymous functions given as pattern defaults are named after their binding.
const {f = function () {}, g = () => {}} = {};
const [h = function () {}] = [];
let k;
({k = () => {}} = {});
const {renamed: r = () => {}} = {};
console.log(f.name, g.name, h.name, k.name, r.name);
