/** A write clock: ISO times that only move forward, so each write's updatedAt is later than the last. */
export const forwardClock = (): (() => string) => {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return new Date(last).toISOString();
  };
};
