// A nested pattern reads from a property that is undefined.
const config = {};
const {server: {port}} = config;
