import { z } from 'zod';

/** Wire-schema pieces every JSON upstream uses. */

/** A string id: a numeric one is refused rather than passed through a float, so no id silently loses digits. */
export const stringId = z.string().min(1);
export const isoTimestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not an ISO timestamp');
export const optionalText = z.string().nullable().optional();
