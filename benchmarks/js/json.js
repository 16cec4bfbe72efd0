// Json: a hand-written recursive-descent JSON parser (RFC 8259) that builds its own tree of
// JsonObject, JsonArray, JsonString, JsonNumber and JsonLiteral values, run over one fixed
// text: a 9 KB message of an imaginary UI protocol (a head and 111 operations creating,
// changing and destroying widgets), written for this suite.
//
// What it exercises: string scanning one character at a time (charAt, comparisons,
// substring), string concatenation around escapes, small-object allocation, polymorphic
// calls over the value classes, and array pushes.
// Guarantees: the parser accepts exactly JSON (a malformed text throws an Error naming the
// offset); numbers keep their source text, as minimal-json's parser does, so nothing is
// lost to a conversion. verifyResult walks the whole tree and compares the count of every
// kind of value (and of the characters in all strings and names) with the counts node's
// own JSON.parse gives for the same text, and checks a few decoded strings and numbers.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

// The fixed input: made for this suite by a small generator (seeded, so reproducible),
// then frozen here; one operation a line.
const MESSAGE =
  '{"head" : {"protocol":"kindling-ui","version":3,"requestCounter":42,"sessionId":"a9f3-77c1","timestamp":1764000000123,"compressed":false,"note":null},\n' +
  ' "operations": [\n' +
  '  ["create","w1","kd.Display",{}],\n' +
  '  ["create","w2","kd.Canvas",{"bounds":[318,431,330,151],"enabled":false,"parent":"w1"}],\n' +
  '  ["create","w3","kd.Label",{"bounds":[51,352,399,279],"foreground":[34,243,150,255],"parent":"w1"}],\n' +
  '  ["create","w4","kd.Composite",{"bounds":[634,44,32,247],"text":"Deopt 20","font":[["Verdana","sans-serif"],16,true,true],"foreground":[124,118,44,255],"tabIndex":-2,"parent":"w1"}],\n' +
  '  ["create","w5","kd.Canvas",{"bounds":[173,292,236,208],"style":["WRAP"],"font":[["DejaVu Sans","sans-serif"],13,false,false],"parent":"w3"}],\n' +
  '  ["set","w3",{"foreground":[9,94,93,255]}],\n' +
  '  ["create","w6","kd.List",{"bounds":[263,539,11,295],"style":["RADIO","V_SCROLL"],"opacity":0.44,"parent":"w5"}],\n' +
  '  ["create","w7","kd.Tree",{"bounds":[339,296,83,235],"text":"tab\\there","tabIndex":-3,"parent":"w6"}],\n' +
  '  ["create","w8","kd.Canvas",{"bounds":[616,244,213,98],"style":["V_SCROLL","V_SCROLL"],"enabled":true,"font":[["DejaVu Sans","sans-serif"],15,false,false],"opacity":0.66,"parent":"w1"}],\n' +
  '  ["create","w9","kd.ScrolledPane",{"bounds":[360,597,216,55],"text":"\u00bfQu\u00e9?","style":["MULTI","H_SCROLL"],"opacity":0.26,"parent":"w6"}],\n' +
  '  ["create","w10","kd.Label",{"bounds":[322,53,240,169],"text":"Save 47","style":["H_SCROLL"],"opacity":0.24,"parent":"w4"}],\n' +
  '  ["create","w11","kd.Text",{"bounds":[701,112,313,190],"style":["SINGLE"],"font":[["Helvetica","sans-serif"],14,false,false],"opacity":0.9,"parent":"w8"}],\n' +
  '  ["destroy","w11"],\n' +
  '  ["call","w4","showItem",{"x":9.24,"y":6.02E+23,"smooth":false}],\n' +
  '  ["set","w6",{"enabled":true}],\n' +
  '  ["call","w2","setFocus",{"x":763,"y":6.02E+23,"smooth":true}],\n' +
  '  ["set","w9",{"text":"Heap 62"}],\n' +
  '  ["create","w12","kd.Composite",{"bounds":[156,14,264,43],"foreground":[133,205,49,255],"parent":"w1"}],\n' +
  '  ["set","w1",{"text":"Caf\\u00e9 \\u2014 menu"}],\n' +
  '  ["destroy","w1"],\n' +
  '  ["set","w11",{"text":"C:\\\\kindling\\\\bin","bounds":[687,268,118,147]}],\n' +
  '  ["set","w10",{"text":"say \\"hello\\"","bounds":[592,421,64,162]}],\n' +
  '  ["create","w13","kd.Slider",{"bounds":[444,478,269,197],"style":["CHECK","PUSH"],"enabled":true,"font":[["Helvetica","sans-serif"],15,false,false],"parent":"w8"}],\n' +
  '  ["create","w14","kd.Shell",{"bounds":[518,488,156,104],"parent":"w1"}],\n' +
  '  ["create","w15","kd.Composite",{"bounds":[194,525,332,243],"style":["CHECK","FLAT"],"enabled":true,"parent":"w13"}],\n' +
  '  ["create","w16","kd.Shell",{"bounds":[708,525,231,43],"style":["WRAP","CHECK"],"tabIndex":-3,"parent":"w2"}],\n' +
  '  ["listen","w6",{"MouseDown":true}],\n' +
  '  ["create","w17","kd.Composite",{"bounds":[284,475,169,33],"font":[["Helvetica","sans-serif"],16,true,true],"opacity":0.72,"parent":"w16"}],\n' +
  '  ["create","w18","kd.Canvas",{"bounds":[355,338,42,78],"text":"Step 13","enabled":false,"font":[["Verdana","sans-serif"],10,false,true],"opacity":0.85,"parent":"w4"}],\n' +
  '  ["create","w19","kd.Button",{"bounds":[252,154,4,35],"parent":"w10"}],\n' +
  '  ["destroy","w18"],\n' +
  '  ["destroy","w19"],\n' +
  '  ["create","w20","kd.Shell",{"bounds":[767,42,391,247],"style":["SINGLE","V_SCROLL"],"enabled":false,"parent":"w3"}],\n' +
  '  ["create","w21","kd.Tree",{"bounds":[418,168,346,171],"enabled":false,"parent":"w6"}],\n' +
  '  ["call","w16","setFocus",{"x":-379,"y":3.5E+2,"smooth":false}],\n' +
  '  ["create","w22","kd.Text",{"bounds":[116,242,283,69],"text":"Accumulator 0","font":[["Helvetica","sans-serif"],9,true,false],"parent":"w1"}],\n' +
  '  ["set","w22",{"style":["V_SCROLL","SINGLE"]}],\n' +
  '  ["create","w23","kd.Canvas",{"bounds":[293,381,231,48],"style":["MULTI"],"foreground":[89,92,138,255],"opacity":0.5,"tabIndex":-2,"parent":"w10"}],\n' +
  '  ["set","w17",{"opacity":0.2}],\n' +
  '  ["listen","w23",{"DefaultSelection":true}],\n' +
  '  ["set","w8",{"bounds":[696,201,333,215]}],\n' +
  '  ["create","w24","kd.Slider",{"bounds":[611,95,35,24],"font":[["DejaVu Sans","sans-serif"],16,true,true],"parent":"w2"}],\n' +
  '  ["set","w12",{"style":["PUSH","RADIO"],"bounds":[474,51,262,169]}],\n' +
  '  ["create","w25","kd.Button",{"bounds":[255,142,203,258],"text":"Run 20","style":["RADIO"],"opacity":0.24,"parent":"w19"}],\n' +
  '  ["create","w26","kd.Composite",{"bounds":[430,158,45,244],"enabled":false,"parent":"w10"}],\n' +
  '  ["create","w27","kd.Canvas",{"bounds":[597,248,74,28],"enabled":false,"foreground":null,"opacity":0.95,"tabIndex":-2,"parent":"w4"}],\n' +
  '  ["set","w16",{"bounds":[75,547,14,117],"text":"say \\"hello\\""}],\n' +
  '  ["destroy","w12"],\n' +
  '  ["destroy","w13"],\n' +
  '  ["set","w1",{"bounds":[4,585,359,250]}],\n' +
  '  ["create","w28","kd.List",{"bounds":[518,573,175,187],"style":["MULTI"],"foreground":[93,95,200,255],"opacity":0.41,"parent":"w9"}],\n' +
  '  ["call","w20","setFocus",{"x":596,"y":6.02E+23,"smooth":true}],\n' +
  '  ["create","w29","kd.Slider",{"bounds":[43,110,205,60],"text":"a/b\\/c","opacity":0,"parent":"w17"}],\n' +
  '  ["create","w30","kd.ScrolledPane",{"bounds":[581,205,45,206],"parent":"w4"}],\n' +
  '  ["set","w10",{"style":["V_SCROLL"]}],\n' +
  '  ["set","w29",{"style":["MULTI"]}],\n' +
  '  ["set","w25",{"text":"a/b/c"}],\n' +
  '  ["create","w31","kd.Label",{"bounds":[93,512,282,281],"text":"Caf\\u00e9 \\u2014 menu","style":["SINGLE"],"foreground":[111,0,230,255],"opacity":0.85,"tabIndex":-2,"parent":"w18"}],\n' +
  '  ["create","w32","kd.Composite",{"bounds":[100,503,377,140],"font":[["DejaVu Sans","sans-serif"],13,true,true],"parent":"w15"}],\n' +
  '  ["set","w13",{"tabIndex":-1}],\n' +
  '  ["set","w4",{"text":"a/b/c"}],\n' +
  '  ["destroy","w3"],\n' +
  '  ["call","w10","setFocus",{"x":0,"y":0.5,"smooth":true}],\n' +
  '  ["call","w26","scrollTo",{"x":-372,"y":-1.25e-3,"smooth":true}],\n' +
  '  ["listen","w28",{"KeyDown":true}],\n' +
  '  ["create","w33","kd.ScrolledPane",{"bounds":[382,304,26,241],"text":"Tiering 86","font":[["Verdana","sans-serif"],10,true,false],"foreground":null,"opacity":0.46,"parent":"w18"}],\n' +
  '  ["listen","w28",{"KeyDown":true}],\n' +
  '  ["create","w34","kd.Shell",{"bounds":[150,444,182,136],"text":"Deopt 28","style":["V_SCROLL"],"enabled":false,"tabIndex":-3,"parent":"w9"}],\n' +
  '  ["set","w11",{"bounds":[621,185,284,289]}],\n' +
  '  ["create","w35","kd.ScrolledPane",{"bounds":[668,48,155,123],"style":["RADIO","V_SCROLL"],"opacity":0.04,"tabIndex":-2,"parent":"w2"}],\n' +
  '  ["listen","w5",{"Selection":true}],\n' +
  '  ["set","w5",{"bounds":[409,586,111,142]}],\n' +
  '  ["create","w36","kd.Shell",{"bounds":[541,357,347,98],"font":[["Helvetica","sans-serif"],14,false,true],"tabIndex":-2,"parent":"w33"}],\n' +
  '  ["set","w21",{"bounds":[154,584,293,155],"enabled":false}],\n' +
  '  ["set","w21",{"foreground":[16,169,113,255]}],\n' +
  '  ["listen","w24",{"KeyDown":false}],\n' +
  '  ["create","w37","kd.Canvas",{"bounds":[372,432,156,269],"style":["CHECK"],"font":[["Verdana","sans-serif"],13,false,true],"opacity":0.57,"parent":"w35"}],\n' +
  '  ["create","w38","kd.Shell",{"bounds":[619,515,276,265],"text":"C:\\\\kindling\\\\bin","style":["MULTI","V_SCROLL"],"font":[["DejaVu Sans","sans-serif"],15,true,false],"foreground":null,"parent":"w5"}],\n' +
  '  ["set","w21",{"style":["SINGLE"]}],\n' +
  '  ["create","w39","kd.Label",{"bounds":[83,196,124,283],"enabled":true,"font":[["DejaVu Sans","sans-serif"],16,false,true],"parent":"w16"}],\n' +
  '  ["call","w14","redraw",{"x":-111.125,"y":1.0e-7,"smooth":false}],\n' +
  '  ["set","w16",{"opacity":0.59,"enabled":false}],\n' +
  '  ["set","w6",{"text":"Open 35"}],\n' +
  '  ["set","w21",{"font":[["DejaVu Sans","sans-serif"],14,true,true],"enabled":false}],\n' +
  '  ["set","w23",{"enabled":false}],\n' +
  '  ["create","w40","kd.Slider",{"bounds":[533,99,174,292],"foreground":[181,189,135,255],"parent":"w26"}],\n' +
  '  ["set","w8",{"enabled":true,"style":["RADIO"]}],\n' +
  '  ["listen","w9",{"MouseDown":true}],\n' +
  '  ["set","w15",{"style":["V_SCROLL","FLAT"]}],\n' +
  '  ["destroy","w11"],\n' +
  '  ["create","w41","kd.List",{"bounds":[760,463,369,94],"text":"\u00bfQu\u00e9?","style":["WRAP"],"parent":"w32"}],\n' +
  '  ["set","w39",{"enabled":false}],\n' +
  '  ["set","w18",{"enabled":true,"foreground":[210,72,204,255]}],\n' +
  '  ["listen","w12",{"KeyDown":true}],\n' +
  '  ["set","w10",{"style":["SINGLE","BORDER"]}],\n' +
  '  ["create","w42","kd.Shell",{"bounds":[514,261,337,4],"font":[["Verdana","sans-serif"],12,false,true],"foreground":[149,117,230,255],"tabIndex":-3,"parent":"w30"}],\n' +
  '  ["create","w43","kd.Button",{"bounds":[617,55,153,184],"text":"line one\\nline two","font":[["Helvetica","sans-serif"],13,false,false],"opacity":0.7,"parent":"w32"}],\n' +
  '  ["create","w44","kd.Text",{"bounds":[369,57,224,172],"text":"Run 45","foreground":null,"parent":"w24"}],\n' +
  '  ["set","w6",{"enabled":false}],\n' +
  '  ["listen","w18",{"DefaultSelection":false}],\n' +
  '  ["set","w16",{"text":"Deopt 26"}],\n' +
  '  ["create","w45","kd.ScrolledPane",{"bounds":[507,264,77,265],"text":"Inline cache 4","style":["FLAT","CHECK"],"tabIndex":-2,"parent":"w35"}],\n' +
  '  ["set","w18",{"style":["PUSH"]}],\n' +
  '  ["create","w46","kd.Label",{"bounds":[404,369,310,157],"tabIndex":-2,"parent":"w13"}],\n' +
  '  ["set","w40",{"style":["MULTI"]}],\n' +
  '  ["create","w47","kd.Label",{"bounds":[128,451,10,109],"text":"Caf\\u00e9 \\u2014 menu","style":["V_SCROLL","MULTI"],"enabled":false,"parent":"w2"}],\n' +
  '  ["create","w48","kd.Button",{"bounds":[215,376,86,206],"style":["SINGLE","V_SCROLL"],"enabled":false,"font":[["DejaVu Sans","sans-serif"],11,false,false],"tabIndex":-1,"parent":"w24"}],\n' +
  '  ["create","w49","kd.Shell",{"bounds":[163,155,294,174],"text":"\u00bfQu\u00e9?","style":["V_SCROLL"],"font":[["Verdana","sans-serif"],12,true,true],"tabIndex":-3,"parent":"w2"}],\n' +
  '  ["set","w28",{"style":["BORDER","PUSH"]}],\n' +
  '  ["create","w50","kd.List",{"bounds":[739,64,366,280],"parent":"w16"}],\n' +
  '  ["create","w51","kd.Text",{"bounds":[796,211,332,296],"style":["CHECK"],"enabled":true,"opacity":0.4,"tabIndex":-3,"parent":"w32"}]]}';

class JsonValue {
  isObject() { return false; }
  isArray() { return false; }
  isString() { return false; }
  isNumber() { return false; }
  isTrue() { return false; }
  isFalse() { return false; }
  isNull() { return false; }

  asObject() { throw new Error(`not a JSON object: ${this}`); }
  asArray() { throw new Error(`not a JSON array: ${this}`); }
  asString() { throw new Error(`not a JSON string: ${this}`); }
}

// true, false and null: one instance each.
class JsonLiteral extends JsonValue {
  constructor(text) {
    super();
    this.text = text;
  }

  isTrue() { return this.text === 'true'; }
  isFalse() { return this.text === 'false'; }
  isNull() { return this.text === 'null'; }
  toString() { return this.text; }
}

const JSON_TRUE = new JsonLiteral('true');
const JSON_FALSE = new JsonLiteral('false');
const JSON_NULL = new JsonLiteral('null');

class JsonNumber extends JsonValue {
  constructor(text) {
    super();
    this.text = text;
  }

  isNumber() { return true; }
  toString() { return this.text; }
}

class JsonString extends JsonValue {
  constructor(value) {
    super();
    this.value = value;
  }

  isString() { return true; }
  asString() { return this.value; }
  toString() { return `"${this.value}"`; }
}

class JsonArray extends JsonValue {
  constructor() {
    super();
    this.values = [];
  }

  add(value) {
    this.values.push(value);
    return this;
  }

  size() { return this.values.length; }
  get(index) { return this.values[index]; }
  isArray() { return true; }
  asArray() { return this; }
  toString() { return `[array of ${this.values.length}]`; }
}

// A name's slot in a JsonObject's index: its hash (Java's String.hashCode, so the Java
// twin hashes alike) folded to the index's 32 slots.
const SLOTS = 32;
const slotOf = (name) => {
  let hash = 0;
  for (let i = 0; i < name.length; i++) {
    hash = (hash * 31 + name.charCodeAt(i)) | 0;
  }
  return hash & (SLOTS - 1);
};

// Members in insertion order (a name may repeat; the last one wins a lookup), with a
// one-entry-per-slot index remembering the latest member of each slot, so a lookup of a
// recently added name is one string comparison instead of a scan.
class JsonObject extends JsonValue {
  constructor() {
    super();
    this.names = [];
    this.values = [];
    this.index = new Array(SLOTS);
    for (let i = 0; i < SLOTS; i++) {
      this.index[i] = -1;
    }
  }

  add(name, value) {
    this.index[slotOf(name)] = this.names.length;
    this.names.push(name);
    this.values.push(value);
    return this;
  }

  get(name) {
    const position = this.indexOf(name);
    return position === -1 ? null : this.values[position];
  }

  indexOf(name) {
    const position = this.index[slotOf(name)];
    if (position !== -1 && this.names[position] === name) {
      return position;
    }
    return this.names.lastIndexOf(name);
  }

  size() { return this.names.length; }
  isObject() { return true; }
  asObject() { return this; }
  toString() { return `{object of ${this.names.length}}`; }
}

const isDigit = (ch) => ch >= '0' && ch <= '9';
const isWhiteSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

// The value of a hexadecimal digit, or -1.
const hexValue = (ch) => {
  if (isDigit(ch)) {
    return ch.charCodeAt(0) - 48;
  }
  if (ch >= 'a' && ch <= 'f') {
    return ch.charCodeAt(0) - 87;
  }
  if (ch >= 'A' && ch <= 'F') {
    return ch.charCodeAt(0) - 55;
  }
  return -1;
};

// Recursive descent over the text, one character of lookahead in `current` ('' past the
// end). Each read* method starts at its value's first character and leaves `current` on
// the first character after it.
class JsonParser {
  constructor(text) {
    this.text = text;
    this.position = -1;
    this.current = '';
  }

  parse() {
    this.read();
    this.skipWhiteSpace();
    const result = this.readValue();
    this.skipWhiteSpace();
    if (this.current !== '') {
      throw this.error('unexpected character after the value');
    }
    return result;
  }

  readValue() {
    switch (this.current) {
      case 'n': return this.readLiteral('null', JSON_NULL);
      case 't': return this.readLiteral('true', JSON_TRUE);
      case 'f': return this.readLiteral('false', JSON_FALSE);
      case '"': return new JsonString(this.readStringContent());
      case '[': return this.readArray();
      case '{': return this.readObject();
      case '-': return this.readNumber();
      default:
        if (isDigit(this.current)) {
          return this.readNumber();
        }
        throw this.expected('a value');
    }
  }

  readLiteral(word, value) {
    for (let i = 0; i < word.length; i++) {
      if (!this.readChar(word.charAt(i))) {
        throw this.expected(`'${word.charAt(i)}' of ${word}`);
      }
    }
    return value;
  }

  readArray() {
    this.read();
    const array = new JsonArray();
    this.skipWhiteSpace();
    if (this.readChar(']')) {
      return array;
    }
    do {
      this.skipWhiteSpace();
      array.add(this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar(']')) {
      throw this.expected('\',\' or \']\'');
    }
    return array;
  }

  readObject() {
    this.read();
    const object = new JsonObject();
    this.skipWhiteSpace();
    if (this.readChar('}')) {
      return object;
    }
    do {
      this.skipWhiteSpace();
      if (this.current !== '"') {
        throw this.expected('a name');
      }
      const name = this.readStringContent();
      this.skipWhiteSpace();
      if (!this.readChar(':')) {
        throw this.expected('\':\'');
      }
      this.skipWhiteSpace();
      object.add(name, this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar('}')) {
      throw this.expected('\',\' or \'}\'');
    }
    return object;
  }

  // From an opening quote to past the closing one; runs without escapes are copied with
  // one substring each, and a string without escapes is one substring of the text.
  readStringContent() {
    this.read();
    let decoded = ''; // the runs and escapes before runStart; stays '' without escapes
    let runStart = this.position;
    while (this.current !== '"') {
      if (this.current === '\\') {
        decoded += this.text.substring(runStart, this.position);
        decoded += this.readEscape();
        runStart = this.position;
      } else if (this.current === '') {
        throw this.expected('a closing \'"\'');
      } else if (this.current < ' ') {
        throw this.error('control character in a string');
      } else {
        this.read();
      }
    }
    const lastRun = this.text.substring(runStart, this.position);
    this.read();
    return decoded === '' ? lastRun : decoded + lastRun;
  }

  // From a backslash to past its escape; returns the character it stands for.
  readEscape() {
    this.read();
    const ch = this.current;
    this.read();
    switch (ch) {
      case '"':
      case '/':
      case '\\':
        return ch;
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u': {
        let code = 0;
        for (let i = 0; i < 4; i++) {
          const digit = hexValue(this.current);
          if (digit === -1) {
            throw this.expected('a hexadecimal digit');
          }
          code = code * 16 + digit;
          this.read();
        }
        return String.fromCharCode(code);
      }
      default:
        throw this.error(`invalid escape '\\${ch}'`);
    }
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, kept as its text.
  readNumber() {
    const start = this.position;
    this.readChar('-');
    const first = this.current;
    if (!this.readDigit()) {
      throw this.expected('a digit');
    }
    if (first !== '0') {
      this.readDigits();
    }
    if (this.readChar('.')) {
      if (!this.readDigit()) {
        throw this.expected('a digit after \'.\'');
      }
      this.readDigits();
    }
    if (this.readChar('e') || this.readChar('E')) {
      if (!this.readChar('+')) {
        this.readChar('-');
      }
      if (!this.readDigit()) {
        throw this.expected('a digit in the exponent');
      }
      this.readDigits();
    }
    return new JsonNumber(this.text.substring(start, this.position));
  }

  readDigits() {
    while (this.readDigit()) {
      // each call consumes one digit
    }
  }

  readDigit() {
    if (!isDigit(this.current)) {
      return false;
    }
    this.read();
    return true;
  }

  readChar(ch) {
    if (this.current !== ch) {
      return false;
    }
    this.read();
    return true;
  }

  skipWhiteSpace() {
    while (isWhiteSpace(this.current)) {
      this.read();
    }
  }

  read() {
    this.position++;
    this.current = this.text.charAt(this.position);
  }

  expected(what) {
    if (this.current === '') {
      return this.error(`unexpected end of input, expected ${what}`);
    }
    return this.error(`expected ${what}`);
  }

  error(message) {
    return new Error(`JSON: ${message} at offset ${this.position}`);
  }
}

// How many values of each kind a tree holds, and how many characters its strings and
// member names hold together.
class Census {
  constructor() {
    this.objects = 0;
    this.arrays = 0;
    this.strings = 0;
    this.numbers = 0;
    this.trues = 0;
    this.falses = 0;
    this.nulls = 0;
    this.members = 0;
    this.elements = 0;
    this.chars = 0;
  }

  count(value) {
    if (value.isObject()) {
      this.objects++;
      this.members += value.size();
      for (let i = 0; i < value.size(); i++) {
        this.chars += value.names[i].length;
        this.count(value.values[i]);
      }
    } else if (value.isArray()) {
      this.arrays++;
      this.elements += value.size();
      value.values.forEach((element) => this.count(element));
    } else if (value.isString()) {
      this.strings++;
      this.chars += value.asString().length;
    } else if (value.isNumber()) {
      this.numbers++;
    } else if (value.isTrue()) {
      this.trues++;
    } else if (value.isFalse()) {
      this.falses++;
    } else {
      this.nulls++;
    }
    return this;
  }

  toString() {
    return `objects=${this.objects} arrays=${this.arrays} strings=${this.strings} numbers=${this.numbers}`
      + ` trues=${this.trues} falses=${this.falses} nulls=${this.nulls} members=${this.members}`
      + ` elements=${this.elements} chars=${this.chars}`;
  }
}

// node's JSON.parse of MESSAGE, counted the same way, gives this census.
const EXPECTED_CENSUS = 'objects=105 arrays=257 strings=451 numbers=353 trues=39 falses=41'
  + ' nulls=5 members=304 elements=946 chars=4272';
const OPERATION_COUNT = 111;

// The properties object (last element) of operation `index`.
const propertiesOf = (operations, index) => {
  const operation = operations.get(index).asArray();
  return operation.get(operation.size() - 1).asObject();
};

class Json extends Benchmark {
  benchmark() {
    return new JsonParser(MESSAGE).parse();
  }

  verifyResult(result) {
    if (!result.isObject()) {
      return false;
    }
    const head = result.asObject().get('head');
    const operations = result.asObject().get('operations');
    if (head === null || operations === null || !head.isObject() || !operations.isArray()) {
      return false;
    }
    return operations.size() === OPERATION_COUNT
      && new Census().count(result).toString() === EXPECTED_CENSUS
      && head.asObject().get('requestCounter').toString() === '42'
      && propertiesOf(operations, 18).get('text').asString() === 'Caf\u00e9 \u2014 menu'
      && propertiesOf(operations, 20).get('text').asString() === 'C:\\kindling\\bin'
      && propertiesOf(operations, 21).get('text').asString() === 'say "hello"'
      && propertiesOf(operations, 80).get('y').toString() === '1.0e-7';
  }
}

module.exports = { newInstance: () => new Json() };
