// The tests take the free-port helper the benches use.
export { freePort } from "../../src/cli/free-port.js";
