// The --help text: the command line's one piece of documentation, kept next to the code it describes.
export const USAGE = `Usage:
  sourcelight analyze [options] FILE... | -
  sourcelight analyze --input jsonl [options] FILE.jsonl... | -
  sourcelight analyze --input warc [options] FILE.warc[.gz]... | -
  sourcelight extract FILE.html...
  sourcelight --help | --version

analyze   Finds the statements in each document and who made them.
          FILE.txt (or any name not ending in .html/.htm) is analysed verbatim as UTF-8;
          FILE.html/.htm goes through the extension's article extraction first;
          "-" reads one text from stdin.
extract   Prints the article text extracted from each HTML file (the text that
          analyze's offsets index for that file); other files print unchanged.

Options (analyze):
  -f, --format table|json|jsonl  output format (default: table)
  --input files|jsonl|warc       what the inputs hold (default: files, one document each)
      jsonl: one {"id", "url"?, "text" | "html"} object per line; "html" goes
             through the article extraction. Read as a stream: memory stays flat.
      warc:  web archives (.warc, .warc.gz); each 200 HTML response is one
             document, with its WARC-Record-ID as "id" and its target URI as "url".
             Other records are skipped and counted in the progress line.
  -j, --jobs N                   worker threads (default: one per core)
  --progress                     a progress line on stderr even when it is not a
                                 terminal (on a terminal it shows anyway)
  --offsets utf16|codepoint      how offsets count (default: utf16, JS string indices;
                                 codepoint: Python/Spark string indices)

Formats:
  table   for people: one row per statement, then the article's credits.
  jsonl   one JSON record per document, one line each, in input order:
          {"input","statements":[{"id","start","end","text","kind","cue","speaker","outlet","confidence"}],
           "article":{"title","publisher","byline","published","credits"}}
          Records from --input jsonl/warc carry "id" and "url" instead of "input";
          one that fails is {"id","error"}, and the stream goes on.
          Schema: docs/schema/analysis.schema.json.
  json    the same records as one JSON array (an array even for one input).

Offsets index the analysed text: the file itself for text (a leading byte-order
mark is kept, as U+FEFF), the extracted article text for HTML (see "extract").

Exit status: 0 every document analysed or reported in its own record; 1 some input
failed (each failure is reported on stderr, naming the input, and the others are
still printed); 2 usage error.
`;
