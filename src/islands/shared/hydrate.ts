/**
 * Starts an island's live code when the island nears the viewport.
 *
 * This is the only figure code a page loads up front, so it stays tiny: it
 * watches `[data-island="<name>"]` elements and imports the island's mount
 * module (with Observable Plot and KaTeX) on first approach. On failure the
 * static figure stays and the server-rendered `[data-island-error]` message
 * is shown.
 */

/** How far outside the viewport an island starts loading. */
const PRELOAD_MARGIN = '400px 0px';

/** A module that makes a server-rendered island interactive. */
export interface IslandModule {
  mount(root: HTMLElement): void;
}

export function hydrateWhenNear(name: string, load: () => Promise<IslandModule>): void {
  const roots = [...document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)];

  const start = (root: HTMLElement) => {
    root.dataset.islandState = 'loading';
    load().then(
      (module) => {
        module.mount(root);
        root.dataset.islandState = 'live';
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
