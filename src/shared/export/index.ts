// Output formats shared by the CLI and the popup's export. Pure: no DOM, no browser.*.
export { toJsonRecord, toJsonLine, type JsonRecord, type JsonStatement } from './to-json-record';
export { toMarkdown, citation, type MarkdownOptions } from './to-markdown';
export { toCsv, csvField, CSV_COLUMNS } from './to-csv';
export { toTable, DEFAULT_TABLE_WIDTH, type TableOptions } from './to-table';
export { oneLine, truncate } from './plain-text';
