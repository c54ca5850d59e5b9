import { builder } from '../../builder.js';
import { CapabilitiesRef } from '../helpdesk.js';

builder.objectFields(CapabilitiesRef, (t) => ({
  mutations: t.stringList({
    nullable: false,
    description: 'The mutations this helpdesk supports; any other answers a CapabilityError without calling it.',
    resolve: (caps) => [...(caps.writes?.operations ?? [])],
  }),
  ticketChanges: t.stringList({
    nullable: false,
    description: 'The ticket fields createTicket and updateTicket can set here.',
    resolve: (caps) => [...(caps.writes?.ticketChanges ?? [])],
  }),
  conditionalUpdate: t.boolean({
    nullable: false,
    description: 'Whether updateTicket takes ifUpdatedAt (the upstream refuses a stale update itself).',
    resolve: (caps) => caps.writes?.conditionalUpdate ?? false,
  }),
}));
