// A realistic ~1000-line program for measuring parse time (generated once; see ParseTiming).
"use strict";

function vectorAdd0(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 43);
  }
  return out;
}

const shape1 = {
  name: "shape1",
  sides: 21,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${21}`]: 21.5,
};

function fib2(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter3 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify4(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 8 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search5(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide6(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 70);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter3.increment();
  }
}

const table7 = [1, 2, 3, 14, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape3) {
  if (key !== "name" && shape3[key] != null) console.log(key, shape3[key]?.toString?.());
}

function Point8(x, y) {
  this.x = x;
  this.y = y;
}
Point8.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p8 = new Point8(1, 48), q8 = new Point8(-48, 2.5);
console.log(p8.distance(q8).toFixed(2));

function vectorAdd9(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 76);
  }
  return out;
}

const shape10 = {
  name: "shape10",
  sides: 9,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${9}`]: 9.5,
};

function fib11(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter12 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify13(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 6 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search14(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide15(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 57);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter6.increment();
  }
}

const table16 = [1, 2, 3, 55, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape6) {
  if (key !== "name" && shape6[key] != null) console.log(key, shape6[key]?.toString?.());
}

function Point17(x, y) {
  this.x = x;
  this.y = y;
}
Point17.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p17 = new Point17(1, 10), q17 = new Point17(-10, 2.5);
console.log(p17.distance(q17).toFixed(2));

function vectorAdd18(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 32);
  }
  return out;
}

const shape19 = {
  name: "shape19",
  sides: 13,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${13}`]: 13.5,
};

function fib20(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter21 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify22(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 9 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search23(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide24(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 17);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter15.increment();
  }
}

const table25 = [1, 2, 3, 30, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape15) {
  if (key !== "name" && shape15[key] != null) console.log(key, shape15[key]?.toString?.());
}

function Point26(x, y) {
  this.x = x;
  this.y = y;
}
Point26.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p26 = new Point26(1, 82), q26 = new Point26(-82, 2.5);
console.log(p26.distance(q26).toFixed(2));

function vectorAdd27(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 82);
  }
  return out;
}

const shape28 = {
  name: "shape28",
  sides: 76,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${76}`]: 76.5,
};

function fib29(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter30 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify31(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 76 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search32(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide33(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 8);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter24.increment();
  }
}

const table34 = [1, 2, 3, 30, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape24) {
  if (key !== "name" && shape24[key] != null) console.log(key, shape24[key]?.toString?.());
}

function Point35(x, y) {
  this.x = x;
  this.y = y;
}
Point35.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p35 = new Point35(1, 7), q35 = new Point35(-7, 2.5);
console.log(p35.distance(q35).toFixed(2));

function vectorAdd36(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 73);
  }
  return out;
}

const shape37 = {
  name: "shape37",
  sides: 19,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${19}`]: 19.5,
};

function fib38(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter39 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify40(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 20 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search41(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide42(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 17);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter33.increment();
  }
}

const table43 = [1, 2, 3, 75, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape33) {
  if (key !== "name" && shape33[key] != null) console.log(key, shape33[key]?.toString?.());
}

function Point44(x, y) {
  this.x = x;
  this.y = y;
}
Point44.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p44 = new Point44(1, 41), q44 = new Point44(-41, 2.5);
console.log(p44.distance(q44).toFixed(2));

function vectorAdd45(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 73);
  }
  return out;
}

const shape46 = {
  name: "shape46",
  sides: 89,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${89}`]: 89.5,
};

function fib47(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter48 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify49(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 76 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search50(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide51(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 83);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter42.increment();
  }
}

const table52 = [1, 2, 3, 26, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape42) {
  if (key !== "name" && shape42[key] != null) console.log(key, shape42[key]?.toString?.());
}

function Point53(x, y) {
  this.x = x;
  this.y = y;
}
Point53.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p53 = new Point53(1, 49), q53 = new Point53(-49, 2.5);
console.log(p53.distance(q53).toFixed(2));

function vectorAdd54(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 14);
  }
  return out;
}

const shape55 = {
  name: "shape55",
  sides: 72,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${72}`]: 72.5,
};

function fib56(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter57 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify58(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 74 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search59(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide60(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 81);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter51.increment();
  }
}

const table61 = [1, 2, 3, 28, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape51) {
  if (key !== "name" && shape51[key] != null) console.log(key, shape51[key]?.toString?.());
}

function Point62(x, y) {
  this.x = x;
  this.y = y;
}
Point62.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p62 = new Point62(1, 65), q62 = new Point62(-65, 2.5);
console.log(p62.distance(q62).toFixed(2));

function vectorAdd63(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 89);
  }
  return out;
}

const shape64 = {
  name: "shape64",
  sides: 70,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${70}`]: 70.5,
};

function fib65(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter66 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify67(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 61 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search68(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide69(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 60);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter60.increment();
  }
}

const table70 = [1, 2, 3, 48, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape60) {
  if (key !== "name" && shape60[key] != null) console.log(key, shape60[key]?.toString?.());
}

function Point71(x, y) {
  this.x = x;
  this.y = y;
}
Point71.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p71 = new Point71(1, 40), q71 = new Point71(-40, 2.5);
console.log(p71.distance(q71).toFixed(2));

function vectorAdd72(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 33);
  }
  return out;
}

const shape73 = {
  name: "shape73",
  sides: 25,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${25}`]: 25.5,
};

function fib74(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter75 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify76(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 12 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search77(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide78(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 40);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter69.increment();
  }
}

const table79 = [1, 2, 3, 69, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape69) {
  if (key !== "name" && shape69[key] != null) console.log(key, shape69[key]?.toString?.());
}

function Point80(x, y) {
  this.x = x;
  this.y = y;
}
Point80.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p80 = new Point80(1, 65), q80 = new Point80(-65, 2.5);
console.log(p80.distance(q80).toFixed(2));

function vectorAdd81(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 45);
  }
  return out;
}

const shape82 = {
  name: "shape82",
  sides: 95,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${95}`]: 95.5,
};

function fib83(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter84 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify85(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 79 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search86(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}

function safeDivide87(a, b) {
  try {
    if (b === 0) throw new Error("division by zero in " + 17);
    return a / b;
  } catch (e) {
    console.log(e.message);
    return NaN;
  } finally {
    counter78.increment();
  }
}

const table88 = [1, 2, 3, 67, , 0x1f, 0b101, 0o17, 1e3, .5].map((x, i) => x * i);
for (const key in shape78) {
  if (key !== "name" && shape78[key] != null) console.log(key, shape78[key]?.toString?.());
}

function Point89(x, y) {
  this.x = x;
  this.y = y;
}
Point89.prototype.distance = function (other) {
  const dx = this.x - other.x, dy = this.y - other.y;
  return Math.sqrt(dx ** 2 + dy ** 2);
};
var p89 = new Point89(1, 55), q89 = new Point89(-55, 2.5);
console.log(p89.distance(q89).toFixed(2));

function vectorAdd90(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    out.push(a[i] + b[i] * 23);
  }
  return out;
}

const shape91 = {
  name: "shape91",
  sides: 98,
  area(width, height = 1) {
    return width * height / 2 + this.sides;
  },
  get label() {
    return `${this.name} with ${this.sides} sides`;
  },
  [`key${98}`]: 98.5,
};

function fib92(x) {
  if (x < 2) return x;
  let a = 0, b = 1;
  while (x-- > 1) {
    const t = a + b;
    a = b;
    b = t;
  }
  return b;
}

var counter93 = (function () {
  var count = 0;
  return {
    increment: function () { return ++count; },
    reset: () => { count = 0; },
    value: () => count,
  };
})();

function classify94(value) {
  switch (typeof value) {
    case "number":
      return value % 2 === 0 ? "even" : "odd";
    case "string":
      return value.length > 64 ? "long" : "short";
    default:
      return value ?? "nothing";
  }
}

function search95(items, target) {
  let lo = 0, hi = items.length - 1;
  outer: while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] === target) {
      return mid;
    } else if (items[mid] < target) {
      lo = mid + 1;
      continue outer;
    }
    hi = mid - 1;
  }
  return -1;
}
