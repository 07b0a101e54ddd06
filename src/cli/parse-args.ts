// The command line, parsed by hand: one command, a few options, a list of inputs. Node's util.parseArgs
// would do, but these few rules ("-" is an input, "--" ends options) are clearer written out.

const FORMATS = ['table', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];
/** files: each input is one document (HTML by its name); jsonl and warc: each input holds many. */
const INPUTS = ['files', 'jsonl', 'warc'] as const;
type InputKind = (typeof INPUTS)[number];
const OFFSETS = ['utf16', 'codepoint'] as const;
export type Offsets = (typeof OFFSETS)[number];

export interface AnalyzeCommand {
  readonly kind: 'analyze';
  readonly format: Format;
  readonly input: InputKind;
  /** Worker threads; undefined: one per core. */
  readonly jobs: number | undefined;
  readonly progress: boolean;
  readonly offsets: Offsets;
  readonly inputs: readonly string[];
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | AnalyzeCommand
  | { readonly kind: 'extract'; readonly inputs: readonly string[] }
  | { readonly kind: 'usage-error'; readonly message: string };

const usageError = (message: string): Command => ({ kind: 'usage-error', message });

const MAX_JOBS = 256;

/** Each option that takes a value: its names and how it sets the options (or a usage error message). */
type Mutable = { -readonly [K in keyof AnalyzeCommand]: AnalyzeCommand[K] };
const oneOf =
  <T extends string>(name: string, values: readonly T[], set: (o: Mutable, v: T) => void) =>
  (o: Mutable, value: string): string | null => {
    if (!(values as readonly string[]).includes(value))
      return `unknown ${name} "${value}" (use ${values.join(', ')})`;
    set(o, value as T);
    return null;
  };
const VALUE_OPTIONS: Record<string, (o: Mutable, value: string) => string | null> = {
  '--format': oneOf('format', FORMATS, (o, v) => (o.format = v)),
  '--input': oneOf('input', INPUTS, (o, v) => (o.input = v)),
  '--offsets': oneOf('offsets', OFFSETS, (o, v) => (o.offsets = v)),
  '--jobs': (o, value) => {
    const jobs = Number(value);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)
      return `--jobs needs a whole number from 1 to ${MAX_JOBS}`;
    o.jobs = jobs;
    return null;
  },
};
const SHORT: Record<string, string> = { '-f': '--format', '-j': '--jobs' };

function parseAnalyze(args: readonly string[], command: 'analyze' | 'extract'): Command {
  const o: Mutable = {
    kind: 'analyze',
    format: 'table',
    input: 'files',
    jobs: undefined,
    progress: false,
    offsets: 'utf16',
    inputs: [],
  };
  const inputs: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [SHORT[arg] ?? arg];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) inputs.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '-h' || arg === '--help') return { kind: 'help' };
    else if (command === 'analyze' && arg === '--progress') o.progress = true;
    else if (command === 'analyze' && VALUE_OPTIONS[flag]) {
      const value = inline ?? args[++i];
      if (value === undefined) return usageError(`${arg} needs a value`);
      const error = VALUE_OPTIONS[flag](o, value);
      if (error) return usageError(error);
    } else return usageError(`unknown option ${arg}`);
  }
  if (inputs.length === 0) return usageError(`${command}: no input (give FILE... or - for stdin)`);
  return command === 'analyze' ? { ...o, inputs } : { kind: 'extract', inputs };
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('missing command');
  if (first === '-h' || first === '--help' || first === 'help') return { kind: 'help' };
  if (first === '-V' || first === '--version') return { kind: 'version' };
  if (first === 'analyze' || first === 'extract') return parseAnalyze(rest, first);
  return usageError(`unknown command "${first}"`);
}
