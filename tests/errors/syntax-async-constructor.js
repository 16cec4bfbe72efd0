// A class constructor cannot be async.
class Service {
  async constructor() {
    this.ready = true;
  }
}
