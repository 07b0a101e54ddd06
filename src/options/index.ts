// The options page: storage.sync settings (a long list of sites in storage.local), validated before they
// are saved; a write the browser refuses is told, never shown as saved.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { readStoredSettings, saveSettings } from '../shared/site-list-store';
import { localize, type Translate } from '../ui/localize';
import { formFromSettings, validateOptions, type OptionsForm } from './validate-options';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

const form = document.getElementById('options') as HTMLFormElement;
const sites = document.getElementById('disabled-sites') as HTMLTextAreaElement;
const sitesError = document.getElementById('sites-error') as HTMLElement;
const status = document.getElementById('save-status') as HTMLElement;

function readForm(): OptionsForm {
  const data = new FormData(form);
  return {
    autoRun: String(data.get('autoRun') ?? ''),
    disabledSites: sites.value,
    colorScheme: String(data.get('colorScheme') ?? ''),
    showUnattributed: data.get('showUnattributed') !== null,
  };
}

function fillForm(values: OptionsForm): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="autoRun"]')) {
    radio.checked = radio.value === values.autoRun;
  }
  sites.value = values.disabledSites;
  (form.elements.namedItem('colorScheme') as HTMLSelectElement).value = values.colorScheme;
  (form.elements.namedItem('showUnattributed') as HTMLInputElement).checked = values.showUnattributed;
  document.documentElement.dataset.scheme = values.colorScheme;
}

function showSitesError(invalid: readonly string[]): void {
  sitesError.textContent = invalid.length > 0 ? t('optionsSitesInvalid', invalid.join(', ')) : '';
  if (invalid.length > 0) sites.setAttribute('aria-invalid', 'true');
  else sites.removeAttribute('aria-invalid');
}

async function save(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  status.textContent = '';
  const result = validateOptions(readForm());
  if (!result.ok) {
    if (result.field === 'disabledSites') {
      showSitesError(result.invalid);
      sites.focus();
    }
    status.textContent = t('optionsSaveFailed');
    return;
  }
  showSitesError([]);
  try {
    await saveSettings(browser.storage, result.settings);
  } catch {
    status.textContent = t('optionsStorageFailed');
    return;
  }
  // Show the cleaned-up values (hostnames, no duplicates, no subdomain of a listed site) as stored.
  fillForm(formFromSettings(await readStoredSettings(browser.storage).catch(() => result.settings)));
  status.textContent = t('optionsSaved');
}

/** The commands with their current keys, read from the browser (the user may have changed them). */
async function renderShortcuts(): Promise<void> {
  const list = document.getElementById('shortcuts') as HTMLElement;
  // The browser lists its built-in _execute_action too; only our own commands are described.
  const commands = (await browser.commands.getAll().catch(() => [])).filter((c) => !c.name?.startsWith('_'));
  list.replaceChildren(
    ...commands.flatMap((command) => {
      const description = document.createElement('dt');
      // Some versions return the manifest's __MSG_key__ placeholder unresolved.
      const placeholder = /^__MSG_(\w+)__$/.exec(command.description ?? '');
      description.textContent = placeholder
        ? t(placeholder[1] ?? '')
        : (command.description ?? command.name ?? '');
      const keys = document.createElement('dd');
      if (command.shortcut) {
        const kbd = document.createElement('kbd');
        kbd.textContent = command.shortcut;
        keys.append(kbd);
      } else {
        keys.textContent = t('optionsShortcutUnset');
      }
      return [description, keys];
    }),
  );
}

async function main(): Promise<void> {
  localize(document, t);
  document.documentElement.lang = t('localeCode') || 'en';
  const stored = await readStoredSettings(browser.storage).catch(() => null);
  fillForm(formFromSettings(stored ?? DEFAULT_SETTINGS));
  if (stored === null) status.textContent = t('optionsStorageReadFailed');
  form.addEventListener('submit', (event) => void save(event));
  sites.addEventListener('input', () => showSitesError([]));
  await renderShortcuts();
  document.body.dataset.ready = 'true';
}

void main();
