// The card's styles, inside its shadow root. `all: initial` on the host stops the page's inherited
// styles (fonts, colours, line heights) leaking in; the card picks its own light or dark look.
export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  /* Set by the placement code through custom properties: a shadow root's !important beats inline styles. */
  left: var(--sourcelight-left, 8px) !important;
  top: var(--sourcelight-top, 8px) !important;
  z-index: 2147483647 !important;
  display: block !important;
  width: min(22rem, calc(100vw - 16px)) !important;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important;
  color: #1b1b1f !important;
  color-scheme: light dark !important;
}
[part='card'] {
  position: relative;
  box-sizing: border-box;
  padding: 12px 14px;
  border: 1px solid #8a8a95;
  border-top: 5px solid var(--sourcelight-accent, #8a8a95);
  border-radius: 8px;
  background: #ffffff;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
  outline: none;
  overflow-wrap: anywhere;
}
[part='card']:focus-visible { outline: 2px solid #0072b2; outline-offset: 2px; }
[part='header'] { display: flex; align-items: start; justify-content: space-between; gap: 8px; }
[part='speaker'] { margin: 0; font-size: 16px; font-weight: 650; }
[part='close'] {
  border: 0; background: none; color: inherit; font-size: 20px; line-height: 1; cursor: pointer; padding: 0 4px;
}
p { margin: 4px 0; }
[part='about'], [part='kind'], [part='publisher'], [part='aliases'], [part='confidence'] { color: #4a4a55; }
[part='aliases'], [part='confidence'] { font-size: 13px; }
[part='confidence'] { padding-left: 8px; border-left: 3px dotted currentColor; }
/* Unresolved ("she") and missing speakers are not names: muted and in italics, never in the name style. */
[part='speaker']:is([data-standing='unresolved'], [data-standing='none']) {
  font-weight: 500; font-style: italic; color: #4a4a55;
}
[part='speaker'][data-standing='probable'] { text-decoration: underline dotted 2px; text-underline-offset: 4px; }
[part='text'] {
  margin: 8px 0; padding-left: 10px; border-left: 4px solid var(--sourcelight-accent, #8a8a95); font-style: italic;
  max-height: 8.5em; overflow: auto;
}
[part='nav'] { display: flex; align-items: center; justify-content: space-between; gap: 6px; margin-top: 8px; }
/* ("Show only an overwhelming 70 percent of Americans": a long source's name wraps inside the button) */
[part='focus'] { margin-top: 8px; width: 100%; white-space: normal; overflow-wrap: anywhere; }
[part='focus'][aria-pressed='true'] { font-weight: 650; border-width: 2px; }
/* The arrow: a square turned 45° on the edge that faces the passage, in the card's own colours. */
[part='arrow'] {
  position: absolute; width: 12px; height: 12px; background: inherit; border: inherit; border-width: 1px;
  transform: rotate(45deg); pointer-events: none; display: none;
}
[data-side='below'] [part='arrow'] { display: block; top: -8px; left: calc(var(--sourcelight-arrow) - 6px); border-right: 0; border-bottom: 0; border-color: var(--sourcelight-accent, #8a8a95); background: var(--sourcelight-accent, #8a8a95); }
[data-side='above'] [part='arrow'] { display: block; bottom: -7px; left: calc(var(--sourcelight-arrow) - 6px); border-left: 0; border-top: 0; }
[data-side='right'] [part='arrow'] { display: block; left: -7px; top: calc(var(--sourcelight-arrow) - 6px); border-right: 0; border-top: 0; }
[data-side='left'] [part='arrow'] { display: block; right: -7px; top: calc(var(--sourcelight-arrow) - 6px); border-left: 0; border-bottom: 0; }
[part='position'] { font-size: 12px; color: #4a4a55; }
button {
  font: inherit; color: inherit; background: #f0f0f3; border: 1px solid #8a8a95; border-radius: 6px;
  padding: 2px 8px; cursor: pointer; white-space: nowrap;
}
button:disabled { opacity: 0.45; cursor: default; }
button:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
[data-scheme='light'] { color-scheme: light; }
[part='card'][data-scheme='dark'] { color: #ececf1; color-scheme: dark; background: #1f1f24; border-color: #6a6a75; }
[data-scheme='dark'] :is([part='about'], [part='kind'], [part='publisher'], [part='position'], [part='aliases'], [part='confidence'], [data-standing='unresolved'], [data-standing='none']) { color: #b8b8c2; }
[data-scheme='dark'] button { background: #2c2c33; border-color: #6a6a75; }
[part='card'][data-scheme='high-contrast'] { color: #fff; color-scheme: dark; background: #000; border: 2px solid #fff; }
[data-scheme='high-contrast'] :is([part='about'], [part='kind'], [part='publisher'], [part='position'], [part='aliases'], [part='confidence'], [data-standing='unresolved'], [data-standing='none']) { color: #fff; }
[data-scheme='high-contrast'] [part='text'] { border-left-color: #ff0; }
[data-scheme='high-contrast'] button { background: #000; color: #fff; border: 2px solid #fff; }
[data-scheme='high-contrast'] :focus-visible { outline: 3px solid #ff0; }
`;
