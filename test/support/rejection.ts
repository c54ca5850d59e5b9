import { expect } from 'vitest';
import { GatewayError } from '../../src/domain/errors.js';

/** The GatewayError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export const rejection = async (promise: Promise<unknown>): Promise<GatewayError> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
};
