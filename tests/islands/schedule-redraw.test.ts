import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleRedraw } from '../../src/islands/shared/schedule-redraw.ts';

describe('scheduleRedraw', () => {
  beforeEach(() => {
    // Node has no animation frames: a frame is a 16 ms timer on fake time.
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(() => callback(performance.now()), 16),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('draws a single input at once', () => {
    const redraw = vi.fn();
    scheduleRedraw(redraw)();
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('coalesces a burst into one frame', () => {
    const redraw = vi.fn();
    const schedule = scheduleRedraw(redraw);
    schedule();
    schedule();
    schedule();
    schedule();
    expect(redraw).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(16);
    expect(redraw).toHaveBeenCalledTimes(2);
  });

  it('draws at once again after a frame', () => {
    const redraw = vi.fn();
    const schedule = scheduleRedraw(redraw);
    schedule();
    vi.advanceTimersByTime(20);
    schedule();
    expect(redraw).toHaveBeenCalledTimes(2);
  });
});
