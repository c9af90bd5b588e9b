import { bandStyle, handleAttributes, massAt, type EditBand } from './bar-layout.ts';
import { MASS_MAX, type Masses, type Side } from './histogram.ts';

/**
 * Makes the server-rendered bar handles of a figure editable with the
 * keyboard, the mouse and touch.
 *
 * Each side's handles form one roving-tabindex group of vertical sliders.
 * Tab enters the group at the selected bin and ←/→ select the neighbouring
 * bin. ↑/↓ change its mass by one unit, Page Up/Page Down by three, and
 * Home/End set 0 and MASS_MAX. A pointer pressed on the band sets the bin
 * under it to the pointer's height and keeps doing so while it is dragged,
 * so a reader can also draw a shape across several bins in one stroke.
 */

/** Mass units that Page Up and Page Down add or remove. */
const PAGE_STEP = 3;

export interface BarEditorOptions {
  /** Returns the current masses of a side. */
  read(side: Side): Masses;
  /** Sets bin `index` (0-based) of a side to `mass`, a whole number in [0, MASS_MAX]. */
  change(side: Side, index: number, mass: number): void;
}

export class BarEditor {
  readonly #root: HTMLElement;
  readonly #options: BarEditorOptions;
  readonly #bands = new Map<Side, EditBand>();
  /** Bin with the tab stop, for each side. */
  readonly #selected = new Map<Side, number>();

  constructor(root: HTMLElement, options: BarEditorOptions) {
    this.#root = root;
    this.#options = options;
    for (const group of this.#groups()) this.#listen(group);
  }

  /**
   * Lays the handles over the given bands and writes each handle's value,
   * creating or removing handles when the number of bins changed.
   */
  update(bands: EditBand[]): void {
    for (const band of bands) {
      this.#bands.set(band.side, band);
      const group = this.#group(band.side);
      group.setAttribute('style', bandStyle(band));
      group.removeAttribute('aria-disabled');

      while (group.children.length > band.bins) group.lastElementChild?.remove();
      while (group.children.length < band.bins) {
        const handle = document.createElement('div');
        handle.className = 'bar-handles__handle';
        group.append(handle);
      }

      const masses = this.#options.read(band.side);
      const selected = Math.min(this.#selected.get(band.side) ?? 0, band.bins - 1);
      this.#selected.set(band.side, selected);
      [...group.children].forEach((handle, index) => {
        for (const [name, value] of Object.entries(handleAttributes(band, masses, index))) {
          if (handle.getAttribute(name) !== value) handle.setAttribute(name, value);
        }
        handle.removeAttribute('aria-disabled');
        handle.setAttribute('tabindex', index === selected ? '0' : '-1');
      });
    }
  }

  #groups(): HTMLElement[] {
    return [...this.#root.querySelectorAll<HTMLElement>('[data-handles]')];
  }

  #group(side: Side): HTMLElement {
    const group = this.#root.querySelector<HTMLElement>(`[data-handles="${side}"]`);
    if (!group) throw new Error(`bar editor: no handle group for side "${side}" in the server-rendered markup.`);
    return group;
  }

  #select(side: Side, index: number, focus: boolean): void {
    const group = this.#group(side);
    this.#selected.set(side, index);
    [...group.children].forEach((handle, position) => handle.setAttribute('tabindex', position === index ? '0' : '-1'));
    if (focus) (group.children[index] as HTMLElement | undefined)?.focus({ preventScroll: true });
  }

  #set(side: Side, index: number, mass: number): void {
    const masses = this.#options.read(side);
    const next = Math.min(MASS_MAX, Math.max(0, mass));
    if (masses[index] !== next) this.#options.change(side, index, next);
  }

  #listen(group: HTMLElement): void {
    const side = group.dataset.handles as Side;

    group.addEventListener('keydown', (event) => {
      const band = this.#bands.get(side);
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-bin]');
      if (!band || !target) return;
      const index = Number(target.dataset.bin);
      const mass = this.#options.read(side)[index];

      const moves: Record<string, () => void> = {
        ArrowUp: () => this.#set(side, index, mass + 1),
        ArrowDown: () => this.#set(side, index, mass - 1),
        PageUp: () => this.#set(side, index, mass + PAGE_STEP),
        PageDown: () => this.#set(side, index, mass - PAGE_STEP),
        Home: () => this.#set(side, index, 0),
        End: () => this.#set(side, index, MASS_MAX),
        ArrowLeft: () => this.#select(side, Math.max(0, index - 1), true),
        ArrowRight: () => this.#select(side, Math.min(band.bins - 1, index + 1), true),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      move();
    });

    let dragging: number | null = null;
    const apply = (event: PointerEvent) => {
      const band = this.#bands.get(side);
      if (!band) return;
      const box = group.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      const { index, mass } = massAt(band, (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
      this.#select(side, index, true);
      this.#set(side, index, mass);
    };

    group.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || !this.#bands.has(side)) return;
      event.preventDefault();
      dragging = event.pointerId;
      group.setPointerCapture(event.pointerId);
      apply(event);
    });
    group.addEventListener('pointermove', (event) => {
      if (dragging === event.pointerId) apply(event);
    });
    const stop = (event: PointerEvent) => {
      if (dragging !== event.pointerId) return;
      dragging = null;
      if (group.hasPointerCapture(event.pointerId)) group.releasePointerCapture(event.pointerId);
    };
    group.addEventListener('pointerup', stop);
    group.addEventListener('pointercancel', stop);
  }
}
