// The options page: the library's API and id, the layout and the "show on YouTube" switch. Saving asks for the
// permission to reach that API (within the click: browsers show a permission prompt only for a user's gesture),
// and says plainly when it is refused. Settings fixed by the library's IT (policy) are shown and cannot be changed.
import {
  isLibraryId, originPattern, readApiBase, type ExtensionSettings, type Layout, type SettingName,
} from './settings.js';
import { loadSettings, saveSettings } from './settings-storage.js';

const say = (key: string, ...substitutions: string[]): string => chrome.i18n.getMessage(key, substitutions) || key;

const form = document.querySelector<HTMLFormElement>('#options')!;
const status = document.querySelector<HTMLElement>('#status')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const apiBaseInput = field('api-base');
const libraryInput = field('library');
const showInput = field('show-on-youtube');
const layoutInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="layout"]')];

/** The settings in force when the page opened (or was last saved), and those fixed by policy. */
let current: ExtensionSettings;
let managed: SettingName[] = [];

function translatePage(): void {
  document.documentElement.lang = say('language');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = say(element.dataset.i18n!);
}

function showSettings(settings: ExtensionSettings): void {
  apiBaseInput.value = settings.apiBase;
  libraryInput.value = settings.library;
  for (const input of layoutInputs) input.checked = input.value === settings.layout;
  showInput.checked = settings.showOnYouTube;
  apiBaseInput.disabled = managed.includes('apiBase');
  libraryInput.disabled = managed.includes('library');
  for (const input of layoutInputs) input.disabled = managed.includes('layout');
  showInput.disabled = managed.includes('showOnYouTube');
  document.querySelector<HTMLElement>('#managed-note')!.hidden = managed.length === 0;
}

/** Shows or clears the sentence under a field; returns whether the field is valid. */
function markField(input: HTMLInputElement, error: string | undefined): boolean {
  const sentence = document.querySelector<HTMLElement>(`#${input.id}-error`)!;
  sentence.textContent = error ?? '';
  sentence.hidden = !error;
  if (error) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return !error;
}

function announce(message: string): void {
  status.textContent = message;
}

/** The form's values, or undefined (with each problem shown and the first invalid field focused). */
function readForm(): ExtensionSettings | undefined {
  const apiBase = managed.includes('apiBase') ? current.apiBase : readApiBase(apiBaseInput.value);
  const library = managed.includes('library') ? current.library : libraryInput.value.trim();
  const apiBaseValid = markField(apiBaseInput, apiBase ? undefined : say('apiBaseInvalid'));
  const libraryValid = markField(libraryInput, isLibraryId(library) ? undefined : say('libraryInvalid'));
  if (!apiBase || !libraryValid) {
    (apiBaseValid ? libraryInput : apiBaseInput).focus();
    announce(say('formInvalid'));
    return undefined;
  }
  // The radios' values are the layouts themselves.
  const layout = (layoutInputs.find((input) => input.checked)?.value as Layout | undefined) ?? current.layout;
  return { apiBase, library, layout, showOnYouTube: showInput.checked };
}

/** Saves what the form holds, the permission for its API granted; gives the former API's permission back. */
async function save(settings: ExtensionSettings, origin: string): Promise<void> {
  const previous = current.apiBase ? originPattern(current.apiBase) : undefined;
  const changed: Partial<ExtensionSettings> = { ...settings };
  for (const name of managed) delete changed[name];
  await saveSettings(changed);
  current = settings;
  // A build's own API is a required permission the browser keeps: removing it fails, and that is fine.
  if (previous && previous !== origin) await chrome.permissions.remove({ origins: [previous] }).catch(() => false);
  announce(say('saved'));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const settings = readForm();
  if (!settings) return;
  const origin = originPattern(settings.apiBase);
  announce(say('permissionAsking'));
  // Asked before anything is awaited: the permission prompt needs the click's user gesture.
  chrome.permissions.request({ origins: [origin] })
    .then((granted) => (granted ? save(settings, origin) : announce(say('permissionRefused', new URL(settings.apiBase).host))))
    .catch((error: unknown) => announce(say('saveFailed', error instanceof Error ? error.message : String(error))));
});

translatePage();
void loadSettings().then((resolved) => {
  current = resolved.settings;
  managed = resolved.managed;
  showSettings(current);
  document.body.dataset.ready = 'true';
});
