// Subclassing Error keeps message, name lookups and instanceof.
class AppError extends Error {
  constructor(msg, code) {
    super(msg);
    this.code = code;
  }
  get name() { return 'AppError'; }
}
try {
  throw new AppError('broken', 7);
} catch (e) {
  console.log(e instanceof AppError, e instanceof Error, e.message, e.code, e.name, String(e));
}
