import { responsePathAsArray } from 'graphql';
import { badInput } from '../../domain/errors.js';
import { builder } from '../builder.js';
import { COST } from '../cost.js';
import { resolveNode } from '../resolve/nodes.js';

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Any object by its global id; null (with FORBIDDEN) for an object of a workspace this token cannot read. Upstream cost: 10 (a Message is found by reading its conversation, up to 10 pages; other types cost 1).',
    complexity: COST.messageLookup,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context, info) => resolveNode(context, String(args.id), responsePathAsArray(info.path)) as never,
  }),
);

const MAX_NODES = 100;

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Objects by their global ids (at most 100). Upstream cost: 10 per id, as for `node`.',
    complexity: (args) => COST.messageLookup * Math.min(args.ids.length, MAX_NODES),
    args: { ids: t.arg.idList({ required: true }) },
    // Each id resolves on its own, so one foreign or missing id nulls only its own entry. A failed id
    // settles to its error as a value, which both executors report at its own index (compiled queries
    // would place a rejected item by the order it settled in: src/plugins/compiled-execution.ts).
    resolve: (_root, args, context, info) => {
      if (args.ids.length > MAX_NODES) throw badInput(`\`ids\` takes at most ${MAX_NODES} ids; got ${args.ids.length}`);
      return args.ids.map((id, i) =>
        resolveNode(context, String(id), [...responsePathAsArray(info.path), i]).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
      ) as never;
    },
  }),
);
