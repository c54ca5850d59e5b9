import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from '../builder.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const parseDateTime = (value: unknown): string => {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`expected an ISO 8601 date-time such as 2026-04-19T14:05:00Z; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(value).toISOString();
};

builder.scalarType('DateTime', {
  description: 'An ISO 8601 instant, always answered in UTC (2026-04-19T14:05:00.000Z).',
  serialize: (value) => new Date(value).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : undefined),
});

const literalValue = (node: ValueNode): unknown => {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalValue(field.value)]));
    default:
      throw new GraphQLError('variables are not accepted inside JSON literals', { extensions: { code: 'BAD_USER_INPUT' } });
  }
};

builder.scalarType('JSON', {
  description: 'Any JSON value, as the upstream gave it.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});
