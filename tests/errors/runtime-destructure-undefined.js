// An object pattern cannot take undefined apart: node names the property and the value.
function load() {}
const {host, port} = load();
console.log(host, port);
