/**
 * Listing Pylon issues in created_at order across time windows.
 *
 * Pylon sorts nothing for us: `GET /issues` returns every issue of a window of at most 30 days, and
 * `POST /issues/search` pages through its matches in an order it does not document. So the connector
 * orders by (created_at, id) itself, over whole windows: a window is fetched completely, sorted, and
 * trimmed to what lies beyond the position. A position (an edge's cursor) is just that key, so every
 * edge has an exact cursor and a window never shows through to the client.
 *
 * Walking toward older issues has no natural end (nothing says where the data starts), so when the
 * walk runs short it probes: a search for matches beyond the frontier, limited to PROBE_LIMIT. A
 * complete probe is the whole rest of the list; an incomplete one proves that a match exists at some
 * instant, and windows are walked up to it before the next probe. Walking up from the very oldest
 * issue first gallops down with probes until one is complete.
 */

/** Milliseconds since the epoch, and the id that breaks ties within the same millisecond. */
export interface Position {
  t: number;
  id: string;
}

export interface Keyed<T> extends Position {
  item: T;
}

const byId = (a: Position, b: Position): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Oldest first, ties by id. */
export const compareKeys = (a: Position, b: Position): number => a.t - b.t || byId(a, b);

/**
 * The order of a listing: by created time either way, ties by ascending id both ways (as the gateway
 * orders merged listings).
 */
export const listingOrder =
  (direction: 'ASC' | 'DESC') =>
  (a: Position, b: Position): number =>
    (direction === 'ASC' ? a.t - b.t : b.t - a.t) || byId(a, b);

/**
 * A window [lo, hi] spans WINDOW_MS whole milliseconds. On the wire each bound moves out by 1 ms (so the
 * upstream's inclusivity at the edges never matters), which makes start_time..end_time exactly the
 * 30 days Pylon allows.
 */
export const WINDOW_MS = 30 * 24 * 60 * 60 * 1000 - 1;
/** How many matches a probe asks for: a tail this short comes back whole. */
export const PROBE_LIMIT = 100;

export interface WindowSource<T> {
  /** Every match created within [lo, hi] (ms, inclusive, hi - lo < WINDOW_MS). */
  window(lo: number, hi: number): Promise<Keyed<T>[]>;
  /** Up to `limit` matches created within [lo, hi] (lo may be -Infinity), and whether that is all of them. */
  probe(lo: number, hi: number, limit: number): Promise<{ items: Keyed<T>[]; complete: boolean }>;
  /** Probe before the first window: right when matches are sparse (a filtered search). */
  probeFirst: boolean;
}

/** Where the list lives: created within [lo, hi] (ms, inclusive; lo may be -Infinity). */
export interface Bounds {
  lo: number;
  hi: number;
}

export type WalkDirection = 'older' | 'newer';

const within = <T>(items: readonly Keyed<T>[], lo: number, hi: number): Keyed<T>[] => items.filter((k) => k.t >= lo && k.t <= hi);

/**
 * The matches strictly beyond `from` in `order` (from the start when null), nearest first, until at
 * least `need` are found or the bounds end; may return more than `need`. `order` must run toward
 * older issues when `direction` is `older` and toward newer ones otherwise.
 */
export const walk = async <T>(
  source: WindowSource<T>,
  bounds: Bounds,
  direction: WalkDirection,
  order: (a: Position, b: Position) => number,
  from: Position | null,
  need: number,
): Promise<Keyed<T>[]> => {
  const older = direction === 'older';
  const out: Keyed<T>[] = [];
  const take = (items: readonly Keyed<T>[]): void => {
    const beyond = from === null ? [...items] : items.filter((k) => order(k, from) > 0);
    out.push(...beyond.sort(order));
  };
  const nearest = (items: readonly Keyed<T>[]): number | null =>
    items.length === 0 ? null : older ? Math.max(...items.map((k) => k.t)) : Math.min(...items.map((k) => k.t));

  /** The nearest instant not yet covered, inclusive. */
  let edge: number;
  /** An uncovered instant where a match is known to exist (from a probe), or null. */
  let known: number | null = null;
  let probeNext = source.probeFirst;

  if (older) {
    edge = Math.min(from?.t ?? bounds.hi, bounds.hi);
  } else if (from !== null || Number.isFinite(bounds.lo)) {
    edge = Math.max(from?.t ?? bounds.lo, bounds.lo);
  } else {
    // The oldest match is nowhere known: gallop down until a probe holds everything below its cut.
    let cut = bounds.hi;
    for (let stride = WINDOW_MS; ; stride *= 2) {
      const probe = await source.probe(-Infinity, cut, PROBE_LIMIT);
      const items = within(probe.items, -Infinity, cut);
      if (probe.complete) {
        take(items);
        break;
      }
      known = nearest(items) ?? known;
      cut = Math.min((known ?? cut) - 1, cut - stride);
    }
    if (cut >= bounds.hi) return out;
    edge = cut + 1;
    probeNext = false;
  }

  while (out.length < need) {
    const lo = older ? bounds.lo : edge;
    const hi = older ? edge : bounds.hi;
    if (lo > hi) break;
    const stale = known === null || (older ? known > edge : known < edge);
    // When one window holds all that is left, fetching it costs no more than a probe and settles it.
    if (probeNext && stale && hi - lo >= WINDOW_MS) {
      const probe = await source.probe(lo, hi, PROBE_LIMIT);
      const items = within(probe.items, lo, hi);
      if (probe.complete) {
        take(items);
        break;
      }
      known = nearest(items);
    }
    probeNext = true;
    const windowLo = older ? Math.max(bounds.lo, edge - WINDOW_MS + 1) : edge;
    const windowHi = older ? edge : Math.min(bounds.hi, edge + WINDOW_MS - 1);
    take(within(await source.window(windowLo, windowHi), windowLo, windowHi));
    edge = older ? windowLo - 1 : windowHi + 1;
  }
  return out;
};
