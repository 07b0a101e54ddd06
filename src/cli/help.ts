// The --help text: the command line's one piece of documentation, kept next to the code it describes.
export const USAGE = `Usage:
  sourcelight analyze [--format table|json|jsonl] FILE... | -
  sourcelight extract FILE.html...
  sourcelight --help | --version

analyze   Finds the statements in each input and who made them.
          FILE.txt (or any name not ending in .html/.htm) is analysed verbatim as UTF-8;
          FILE.html/.htm goes through the extension's article extraction first;
          "-" reads text from stdin.
extract   Prints the article text extracted from each HTML file (the text that
          analyze's offsets index for that file); other files print unchanged.

Formats (default: table):
  table   for people: one row per statement, then the article's credits.
  jsonl   one JSON record per input, one line each:
          {"input","statements":[{"id","start","end","text","kind","cue","speaker","outlet","confidence"}],
           "article":{"title","publisher","byline","published","credits"}}
  json    the same records as one JSON array (an array even for one input).

Offsets are UTF-16 indices (JS string indices) into the analysed text: the file itself
for text (a leading byte-order mark is kept, as U+FEFF), the extracted article text
for HTML (see "extract"). Inputs are processed one at a time and printed as they finish.

Exit status: 0 all inputs analysed; 1 some input failed (each failure is reported
on stderr, naming the input, and the other inputs are still printed); 2 usage error.
`;
