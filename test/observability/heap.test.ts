import { describe, expect, it } from 'vitest';
import { boundHeapGrowth } from '../../src/observability/heap.js';

describe('boundHeapGrowth', () => {
  it("leaves a heap growing factor the operator chose, on node's command line or in NODE_OPTIONS", () => {
    expect(boundHeapGrowth(['--heap-growing-percent=50'], '')).toBe(false);
    expect(boundHeapGrowth([], '--max-old-space-size=512 --heap_growing_percent=80')).toBe(false);
  });

  it('sets its own otherwise, and a flag with a similar name is not a choice', () => {
    expect(boundHeapGrowth(['--max-semi-space-size=8'], '--heap-growing-percentage-of-nothing')).toBe(true);
  });
});
