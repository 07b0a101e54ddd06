// Where the card goes: beside or below the whole passage — the statement and the line that names its
// speaker — never over it, inside the viewport, with an arrow pointing back at the passage's first line.
// Pure geometry (placeCard) apart from the DOM measuring (placeHost), so every case is a table row.

/** Gap between the passage and the card (room for the arrow), and between the card and the viewport edge. */
export const GAP_PX = 10;
/** The arrow keeps this far from the card's corners (which are rounded). */
const ARROW_INSET_PX = 14;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: Side;
  /** Where the arrow sits along the card's edge facing the passage, px from that edge's start. */
  readonly arrow: number;
  /** False when no side had room: the card is clamped into view and may cover part of the passage. */
  readonly clear: boolean;
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

/** `protect`: the passage and its attribution; `anchor`: the passage's first line, which the arrow points at. */
export function placeCard(
  protect: Box,
  anchor: Box,
  card: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): Placement {
  const maxLeft = Math.max(GAP_PX, viewport.width - card.width - GAP_PX);
  const maxTop = Math.max(GAP_PX, viewport.height - card.height - GAP_PX);
  const alongX = clamp(anchor.left, GAP_PX, maxLeft);
  const alongY = clamp(protect.top, GAP_PX, maxTop);
  const candidates: { side: Side; left: number; top: number; fits: boolean }[] = [
    { side: 'below', left: alongX, top: protect.bottom + GAP_PX, fits: protect.bottom + GAP_PX <= maxTop },
    {
      side: 'above',
      left: alongX,
      top: protect.top - GAP_PX - card.height,
      fits: protect.top - GAP_PX - card.height >= GAP_PX,
    },
    { side: 'right', left: protect.right + GAP_PX, top: alongY, fits: protect.right + GAP_PX <= maxLeft },
    {
      side: 'left',
      left: protect.left - GAP_PX - card.width,
      top: alongY,
      fits: protect.left - GAP_PX - card.width >= GAP_PX,
    },
  ];
  const chosen = candidates.find((c) => c.fits);
  // No room anywhere (a passage taller than the view): the roomier of below and above, kept in view.
  const fallback = viewport.height - protect.bottom >= protect.top ? candidates[0]! : candidates[1]!;
  const { side, left, top } = chosen ?? fallback;
  const place = { left: clamp(left, GAP_PX, maxLeft), top: clamp(top, GAP_PX, maxTop) };
  const vertical = side === 'below' || side === 'above';
  const arrow = vertical
    ? clamp((anchor.left + anchor.right) / 2 - place.left, ARROW_INSET_PX, card.width - ARROW_INSET_PX)
    : clamp((anchor.top + anchor.bottom) / 2 - place.top, ARROW_INSET_PX, card.height - ARROW_INSET_PX);
  return { ...place, side, arrow, clear: chosen !== undefined };
}

/** The union of the ranges' boxes (zero-size boxes, as of collapsed ranges, are left out). */
function unionBox(ranges: readonly Range[]): Box | null {
  const boxes = ranges
    .flatMap((range) => [...range.getClientRects()])
    .filter((rect) => rect.width > 0 || rect.height > 0);
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/**
 * Measures and places the card host (custom properties for its position); the arrow's place and edge go on
 * `body`, inside the closed shadow root.
 */
export function placeHost(
  host: HTMLElement,
  body: HTMLElement,
  passage: Range,
  attribution: readonly Range[],
): void {
  const view = host.ownerDocument.defaultView;
  // Without layout (jsdom) there is nothing to measure: the card stays where CSS puts it.
  if (!view || typeof passage.getClientRects !== 'function') return;
  const protect = unionBox([passage, ...attribution]);
  const anchor = unionBox([passage]) && passage.getClientRects()[0];
  if (!protect || !anchor) return;
  const { width, height } = host.getBoundingClientRect();
  const placed = placeCard(
    protect,
    anchor,
    { width, height },
    { width: view.innerWidth, height: view.innerHeight },
  );
  host.style.setProperty('--sourcelight-left', `${placed.left}px`);
  host.style.setProperty('--sourcelight-top', `${placed.top}px`);
  body.style.setProperty('--sourcelight-arrow', `${placed.arrow}px`);
  body.setAttribute('data-side', placed.clear ? placed.side : 'none');
}
