/** Types for scripts/serve.mjs (plain JS so `npm start` needs no TypeScript loader). */
export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  /** Resolves a path such as `/demo/index.html` against the origin. */
  url(path: string): string;
  close(): Promise<void>;
}
/** The shared saved news pages, or null when ../shared is absent. */
export const NEWSPAGES_DIR: string | null;
export function startServer(): Promise<StaticServer>;
