// Uncaught TypeError reading a property of null several function frames deep.
function getConfig() { return null; }
function readPort(cfg) { return cfg.port; }
function start() {
  var cfg = getConfig();
  return readPort(cfg);
}
console.log("starting");
start();
