// Output formats shared by the CLI and the popup's export. Pure: no DOM, no browser.*.
export { toJsonRecord, toJsonLine } from './to-json-record';
export { toMarkdown, citation } from './to-markdown';
export { toCsv, csvField, CSV_COLUMNS } from './to-csv';
export { toTable } from './to-table';
export { oneLine, truncate } from './plain-text';
