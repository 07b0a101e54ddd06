import { describe, expect, it } from 'vitest';
import {
  formFromSettings,
  parseSites,
  validateOptions,
  type OptionsForm,
} from '../../../src/options/validate-options';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const form = (over: Partial<OptionsForm> = {}): OptionsForm => ({
  autoRun: 'auto',
  disabledSites: '',
  colorScheme: 'auto',
  showUnattributed: false,
  ...over,
});

describe('parseSites', () => {
  const cases: [string, string[], string[]][] = [
    ['', [], []],
    ['example.com', ['example.com'], []],
    ['a.example\r\n\nB.example\n  a.example  ', ['a.example', 'b.example'], []],
    ['a.example, b.example', ['a.example', 'b.example'], []],
    ['https://www.news.example/x\nnot a site', ['www.news.example'], ['not a site']],
  ];
  it.each(cases)('%j', (text, sites, invalid) => expect(parseSites(text)).toEqual({ sites, invalid }));
});

describe('validateOptions', () => {
  it('accepts a valid form and converts it to settings', () => {
    expect(
      validateOptions(
        form({
          autoRun: 'on-demand',
          disabledSites: 'x.example',
          colorScheme: 'high-contrast',
          showUnattributed: true,
        }),
      ),
    ).toEqual({
      ok: true,
      settings: {
        autoRun: false,
        disabledSites: ['x.example'],
        colorScheme: 'high-contrast',
        showUnattributed: true,
      },
    });
  });
  const bad: [string, Partial<OptionsForm>, string, string[]][] = [
    ['unknown run mode', { autoRun: 'sometimes' }, 'autoRun', ['sometimes']],
    ['no run mode', { autoRun: '' }, 'autoRun', ['']],
    ['unknown scheme', { colorScheme: 'neon' }, 'colorScheme', ['neon']],
    ['bad site lines', { disabledSites: 'ok.example\nno good\n%%%' }, 'disabledSites', ['no good', '%%%']],
  ];
  it.each(bad)('rejects %s', (_name, over, field, invalid) => {
    expect(validateOptions(form(over))).toEqual({ ok: false, field, invalid });
  });
  it('round-trips stored settings through the form', () => {
    const settings = { ...DEFAULT_SETTINGS, autoRun: false, disabledSites: ['a.example', 'b.example'] };
    expect(validateOptions(formFromSettings(settings))).toEqual({ ok: true, settings });
  });
});
