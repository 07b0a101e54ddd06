// Zip files that come out byte for byte the same from the same inputs: entries sorted by path, one fixed
// timestamp, fixed permissions, no directory entries. Deflated by jszip's pure-JavaScript pako, so the
// bytes do not depend on the zlib a particular Node build or CPU uses.
import JSZip from 'jszip';

/** The earliest time a zip (DOS) timestamp can hold: what reproducible-build tools use. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));
/** S_IFREG: the entry is a regular file (unzip shows '?' for the type otherwise). */
const REGULAR_FILE = 0o100000;

export interface ZipEntry {
  /** A relative path with forward slashes. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Unix permission bits; 0o644 unless given (0o755 for executables). */
  readonly mode?: number;
}

export async function writeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const names = new Set<string>();
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (names.has(entry.name)) throw new Error(`zip: ${entry.name} twice`);
    names.add(entry.name);
    zip.file(entry.name, entry.data, {
      binary: true,
      date: FIXED_DATE,
      createFolders: false,
      unixPermissions: REGULAR_FILE | (entry.mode ?? 0o644),
    });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}

/** Every file in a zip (directories left out), in the archive's order. */
export async function readZip(buffer: Uint8Array): Promise<ZipEntry[]> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      data: await file.async('uint8array'),
      mode: typeof file.unixPermissions === 'number' ? file.unixPermissions & 0o777 : 0o644,
    })),
  );
}
