// Builder-style classes returning this.
class QueryBuilder {
  constructor() { this.parts = []; }
  select(f) { this.parts.push('SELECT ' + f); return this; }
  from(t) { this.parts.push('FROM ' + t); return this; }
  where(c) { this.parts.push('WHERE ' + c); return this; }
  build() { return this.parts.join(' '); }
}
console.log(new QueryBuilder().select('*').from('t').where('x > 1').build());
