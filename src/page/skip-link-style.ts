// The skip link's styles, inside its shadow root: out of sight (yet in the tab order and the
// accessibility tree) until it has focus, then a plain button at the viewport's top left.
export const SKIP_LINK_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
  width: 0 !important;
  height: 0 !important;
  font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important;
}
/* Visually hidden, not display:none: screen readers still read the link and the live region. */
[part='skip'], [part='live'] {
  position: absolute; top: 0; left: 0; width: 1px; height: 1px; margin: 0; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
[part='skip']:focus {
  top: 8px; left: 8px; width: auto; height: auto; overflow: visible; clip-path: none;
  padding: 8px 14px; font: inherit; font-weight: 600; color: #ffffff; background: #1b1b1f;
  border: 2px solid #ffffff; border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.35);
  outline: 3px solid #0072b2; outline-offset: 1px; cursor: pointer;
}
`;
