import { builder } from '../builder.js';

/** A failure the caller caused, returned in a mutation's payload rather than as a GraphQL error. */
export interface UserError {
  code: 'NOT_FOUND' | 'INVALID';
  message: string;
  field: string[] | null;
}

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  fields: (t) => ({
    code: t.field({ type: builder.enumType('UserErrorCode', { values: ['NOT_FOUND', 'INVALID'] as const }), resolve: (error) => error.code }),
    message: t.exposeString('message'),
    field: t.exposeStringList('field', { nullable: true, description: 'The input field at fault, as a path.' }),
  }),
});
