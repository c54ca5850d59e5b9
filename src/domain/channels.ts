import type { TicketChannel } from './types.js';

/**
 * Channel normalisation: each connector names its upstream's channel words in a table; a word the
 * table lacks is OTHER (the word itself stays in `rawChannel`), and a normalised channel filters as
 * the words that map to it.
 */
export type ChannelTable = Readonly<Record<string, TicketChannel>>;

export const channelOf = (table: ChannelTable, raw: string | null | undefined): TicketChannel | null => {
  if (raw === null || raw === undefined || raw === '') return null;
  return Object.hasOwn(table, raw) ? (table[raw] as TicketChannel) : 'OTHER';
};

/** The upstream words a channel filter sends: every word of the table that maps to `channel`. */
export const rawChannelsOf = (table: ChannelTable, channel: TicketChannel): string[] =>
  Object.entries(table)
    .filter(([, mapped]) => mapped === channel)
    .map(([raw]) => raw);
