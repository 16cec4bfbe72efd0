// An empty object pattern still rejects null (an explicit check, as V8 emits).
const {} = null;
