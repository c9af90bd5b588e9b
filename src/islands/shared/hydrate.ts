/**
 * Starts each figure's live code when the figure nears the viewport.
 *
 * This is the only figure code a page loads up front, so it stays tiny: one
 * observer watches every `[data-island]` element and imports that island's
 * mount module (with Observable Plot and KaTeX) on first approach. On failure
 * the static figure stays and the server-rendered `[data-island-error]`
 * message is shown.
 */

/** How far outside the viewport an island starts loading. */
const PRELOAD_MARGIN = '400px 0px';

/** A module that makes a server-rendered island interactive. */
export interface IslandModule {
  mount(root: HTMLElement): void;
}

/** Loaders of the islands' mount modules, by the name in `data-island`. */
export type IslandLoaders = Record<string, () => Promise<IslandModule>>;

/**
 * Hides the figure's URL notice (`[data-notice]`, which reports that an invalid URL
 * value was replaced) once the reader edits the figure, because from then on
 * the URL contains the reader's own valid state and the notice is no longer true.
 */
function dismissNoticeOnEdit(root: HTMLElement): void {
  const notice = root.querySelector<HTMLElement>('[data-notice]');
  if (!notice || notice.hidden) return;
  const dismiss = (event: Event) => {
    if (event instanceof KeyboardEvent && (event.key === 'Tab' || event.key === 'Shift')) return;
    notice.hidden = true;
    for (const type of EDIT_EVENTS) root.removeEventListener(type, dismiss);
  };
  for (const type of EDIT_EVENTS) root.addEventListener(type, dismiss);
}

/** Events that mean the reader is changing a figure. */
const EDIT_EVENTS = ['input', 'pointerdown', 'keydown'] as const;

export function hydrateIslands(loaders: IslandLoaders): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-island]')];

  const start = (root: HTMLElement) => {
    const name = root.dataset.island ?? '';
    const load = loaders[name];
    root.dataset.islandState = 'loading';
    const loading = load ? load() : Promise.reject(new Error(`no loader is registered for data-island="${name}"`));
    loading.then(
      (module) => {
        module.mount(root);
        root.dataset.islandState = 'live';
        dismissNoticeOnEdit(root);
      },
      (error: unknown) => {
        root.dataset.islandState = 'failed';
        root.querySelector<HTMLElement>('[data-island-error]')?.removeAttribute('hidden');
        console.error(`Figure "${name}" failed to load:`, error);
      },
    );
  };

  if (!('IntersectionObserver' in window)) {
    roots.forEach(start);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        start(entry.target as HTMLElement);
      }
    },
    { rootMargin: PRELOAD_MARGIN },
  );
  roots.forEach((root) => observer.observe(root));
}
