import { builder } from '../builder.js';

// Every connection reports its total when the upstream knows it (null otherwise).
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description: 'Total matching records when every upstream behind the list reports one; null otherwise.',
    resolve: (parent) => parent.totalCount,
  }),
);
