// An object pattern applied to null: the first property is named, the value by its source.
const settings = {theme: null};
console.log("before");
const {color} = settings.theme;
