// An alternation (PUSH_BT choice points), a class, a literal character under i, anchors.
console.log(/^(?:cat|dog)s?$/.test('dogs'));
console.log(/[a-f0-9]+/i.exec('x DEADbeef y')[0]);
