/** Whether an `accept-encoding` header lists `encoding` (its q-values aside). */
export const acceptsEncoding = (header: string | null, encoding: string): boolean =>
  (header ?? '').split(',').some((part) => part.split(';')[0]?.trim() === encoding);
