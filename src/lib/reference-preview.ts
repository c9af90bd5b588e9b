/**
 * Shows the target of an equation or figure reference ("식 (3)", "그림 2")
 * next to the link, by cloning the rendered equation or the figure caption
 * into one shared tooltip. Loaded by ReferencePreview.astro on the first
 * hover or focus of a reference.
 */

const preview = document.createElement('div');
preview.id = 'xref-preview';
preview.className = 'xref-preview';
preview.setAttribute('role', 'tooltip');
preview.hidden = true;
document.body.append(preview);

/** Margin between the link and the tooltip, and between the tooltip and the viewport edge, in CSS pixels. */
const GAP = 6;

/** Shows the preview of `link` below it, or above it when there is no room below. */
export function showPreview(link: HTMLAnchorElement): void {
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  const source = target?.querySelector('.katex-display, figcaption');
  if (!source) return;

  const copy = source.cloneNode(true) as HTMLElement;
  copy.removeAttribute('tabindex');
  preview.replaceChildren(copy);
  preview.hidden = false;
  link.setAttribute('aria-describedby', preview.id);

  const box = link.getBoundingClientRect();
  const fitsBelow = box.bottom + GAP + preview.offsetHeight + GAP < innerHeight;
  const top = fitsBelow ? box.bottom + GAP : Math.max(GAP, box.top - preview.offsetHeight - GAP);
  const left = Math.max(GAP, Math.min(box.left, innerWidth - preview.offsetWidth - GAP));
  preview.style.top = `${top}px`;
  preview.style.left = `${left}px`;
}

/** Hides the preview. */
export function hidePreview(): void {
  preview.hidden = true;
}

function referenceLink(event: Event): HTMLAnchorElement | null {
  return (event.target as Element).closest?.<HTMLAnchorElement>('a.xref') ?? null;
}

for (const type of ['pointerover', 'focusin']) {
  document.addEventListener(type, (event) => {
    const link = referenceLink(event);
    if (link) showPreview(link);
  });
}
for (const type of ['pointerout', 'focusout']) {
  document.addEventListener(type, (event) => {
    if (referenceLink(event)) hidePreview();
  });
}
