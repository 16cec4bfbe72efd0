// Arrow functions in fields keep their instance; useful as callbacks.
class Button {
  clicks = 0;
  onClick = () => { this.clicks++; return this.clicks; };
}
const b = new Button();
const handlers = [b.onClick, b.onClick];
handlers.forEach(function (h) { h(); });
console.log(b.clicks, [1, 2, 3].map(b.onClick));
