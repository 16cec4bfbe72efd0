// JSON.parse of malformed text: node's SyntaxError with the position.
const text = '{"a": 1, "b": }';
JSON.parse(text);
