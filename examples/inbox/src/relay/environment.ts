import { Environment, Network, RecordSource, Store, type FetchFunction, type GraphQLResponse } from 'relay-runtime';
import { connectionFailures, type FailureLog } from './failures';

/** The gateway refused the token (HTTP 401): the app asks for another. */
export class SignInRequired extends Error {
  constructor() {
    super('The gateway refused this token.');
  }
}

const isResponse = (body: unknown): body is GraphQLResponse =>
  typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);

/**
 * A Relay environment talking to the gateway's /graphql with the bearer token. Each response's
 * per-connection failures go to `failures` under the operation's name, for the banners; the data
 * that did arrive goes to the store as usual. (Live updates would add Network.create's second
 * argument, a subscribe function, here.)
 */
export const createEnvironment = (token: string, failures: FailureLog, endpoint = '/graphql'): Environment => {
  const fetchGraphQL: FetchFunction = async (request, variables) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: request.text, variables }),
    });
    if (response.status === 401) throw new SignInRequired();
    const body: unknown = await response.json();
    if (!isResponse(body)) throw new Error(`The gateway answered ${response.status} without a GraphQL response.`);
    failures.record(request.name, connectionFailures('errors' in body ? body.errors : undefined));
    return body;
  };
  return new Environment({ network: Network.create(fetchGraphQL), store: new Store(new RecordSource()) });
};
