// Nested object and array patterns read through several levels.
const data = {user: {name: 'Ada', langs: ['en', 'fr']}, meta: {tags: {main: 'x'}}};
const {user: {name, langs: [first, second]}, meta: {tags: {main}}} = data;
console.log(name, first, second, main);
const {p: {q = 'deflt'} = {}} = {};
console.log(q);
