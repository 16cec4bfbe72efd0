console.log("never printed");
const ok = /a+/g;
const bad = /(/;
