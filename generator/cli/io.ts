/** What the CLI may do to the outside world, injected so tests run it in memory. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  version: string;
}
