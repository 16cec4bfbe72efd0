// `this` in static methods is the class they were called on.
class Model {
  static create(props) {
    const m = new this();
    m.props = props;
    return m;
  }
  static kind() { return this.name.toLowerCase(); }
}
class User extends Model {}
const u = User.create({ id: 1 });
console.log(u instanceof User, u, User.kind(), Model.kind());
