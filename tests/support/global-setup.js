/** Runs once before the suites, outside jest's module runtime (see TOOLCHAIN.md): placeholder until the browser harness lands. */
module.exports = async function globalSetup() {};
