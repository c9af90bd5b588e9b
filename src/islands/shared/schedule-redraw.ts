/** Shortest time between two redraws started at once, in milliseconds: one frame at 60 Hz. */
const FRAME_MS = 16;

/**
 * Returns a function that redraws a figure on input: at once when the last
 * redraw started at least a frame ago, otherwise on the next animation frame.
 * A burst of inputs (a drag, a held arrow key) so costs one redraw a frame,
 * while a single input is drawn without waiting a frame for it.
 */
export function scheduleRedraw(redraw: () => void): () => void {
  let lastStart = -Infinity;
  let frame = 0;

  const run = () => {
    frame = 0;
    lastStart = performance.now();
    redraw();
  };

  return () => {
    if (frame !== 0) return;
    if (performance.now() - lastStart >= FRAME_MS) run();
    else frame = requestAnimationFrame(run);
  };
}
