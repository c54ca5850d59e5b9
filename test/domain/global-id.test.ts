import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId, idParts, tryDecodeGlobalId } from '../../src/domain/global-id.js';

describe('global ids', () => {
  it('round-trips the parts of a record', () => {
    const id = encodeGlobalId('Ticket', idParts('acme-zendesk', '9007199254740993'));
    expect(decodeGlobalId(id)).toEqual({ typename: 'Ticket', parts: ['acme-zendesk', '9007199254740993'] });
    expect(tryDecodeGlobalId(id)).toEqual(decodeGlobalId(id));
  });

  it('tells a config id (or anything else) from a global id without throwing', () => {
    for (const value of ['acme-zendesk', 'demo', '', 'a b', encodeGlobalId('Nope', idParts('x')), Buffer.from('Ticket:not json').toString('base64url')]) {
      expect(tryDecodeGlobalId(value)).toBeUndefined();
      expect(() => decodeGlobalId(value)).toThrow('is not a valid deskgraph id');
    }
  });
});
