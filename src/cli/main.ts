// Entry point of the `zvezda` command line: runs the command named by argv and sets the process's exit code.
import { runCli } from "./run-cli.js";

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
