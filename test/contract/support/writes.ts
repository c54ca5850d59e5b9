import type { TicketDraft } from '../../../src/domain/writes.js';

/** The ticket every contract test creates to drive its connector's writes once. */
export const contractTicketDraft = (overrides: Partial<TicketDraft> = {}): TicketDraft => ({
  subject: 'Contract',
  description: 'Every write once',
  requester: { email: 'contract@example.com', name: 'Contract Test' },
  priority: 'HIGH',
  type: null,
  tags: [],
  assigneeId: null,
  customFields: [],
  ...overrides,
});
