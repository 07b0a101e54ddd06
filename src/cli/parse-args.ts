// The command line, parsed by hand: one command, one option, a list of files. Node's util.parseArgs
// would do, but these few rules ("-" is a file, "--" ends options) are clearer written out.

const FORMATS = ['table', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'analyze'; readonly format: Format; readonly inputs: readonly string[] }
  | { readonly kind: 'extract'; readonly inputs: readonly string[] }
  | { readonly kind: 'usage-error'; readonly message: string };

const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
const usageError = (message: string): Command => ({ kind: 'usage-error', message });

function parseAnalyze(args: readonly string[], command: 'analyze' | 'extract'): Command {
  let format: Format = 'table';
  const inputs: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '-h' || arg === '--help') {
      return { kind: 'help' };
    } else if (command === 'analyze' && (arg === '-f' || arg === '--format' || arg.startsWith('--format='))) {
      const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : args[++i];
      if (value === undefined) return usageError(`${arg} needs a value: ${FORMATS.join(', ')}`);
      if (!isFormat(value)) return usageError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
      format = value;
    } else {
      return usageError(`unknown option ${arg}`);
    }
  }
  if (inputs.length === 0) return usageError(`${command}: no input (give FILE... or - for stdin)`);
  return command === 'analyze' ? { kind: 'analyze', format, inputs } : { kind: 'extract', inputs };
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('missing command');
  if (first === '-h' || first === '--help' || first === 'help') return { kind: 'help' };
  if (first === '-V' || first === '--version') return { kind: 'version' };
  if (first === 'analyze' || first === 'extract') return parseAnalyze(rest, first);
  return usageError(`unknown command "${first}"`);
}
