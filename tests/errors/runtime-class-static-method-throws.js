// An uncaught TypeError in a static method: the frame reads Util.parse.
class Util {
  static parse(s) {
    return s.trim();
  }
}
Util.parse(null);
