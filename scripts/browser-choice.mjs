// What `npm start` and `npm run dev` share: which browser to open (`--browser chromium|firefox`), where the
// Debian packages put it, and whether there is a display to open it on.

export const BROWSER_BINARIES = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** `--browser firefox` or `--browser=firefox`; chromium when absent. Exits 2 on anything else. */
export function parseBrowser(argv, tool) {
  const at = argv.findIndex((a) => a === '--browser' || a.startsWith('--browser='));
  if (at < 0) return 'chromium';
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (value !== 'chromium' && value !== 'firefox') {
    console.error(`${tool}: --browser must be chromium or firefox, not ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return value;
}

export function hasDisplay() {
  if (process.env.CI) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}
