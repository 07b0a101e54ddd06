// The panel's site switch is saved before anything else happens: when storage refuses the write (quota,
// item size), the switch goes back to what is stored and the panel says so, instead of showing a state
// that was never saved.

/** Runs `save`; on failure puts `input` back and shows `message` in `error`. Resolves whether it saved. */
export async function saveSwitch(
  input: HTMLInputElement,
  error: HTMLElement,
  save: () => Promise<void>,
  message: string,
): Promise<boolean> {
  error.hidden = true;
  try {
    await save();
    return true;
  } catch {
    input.checked = !input.checked;
    error.textContent = message;
    error.hidden = false;
    return false;
  }
}
