/** Entry of the `sourcelight` command; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  void argv;
  return 0;
}
