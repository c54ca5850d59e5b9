import { seededRandom } from './random.js';

/**
 * The people every simulator draws its customers from. The first `SHARED_PEOPLE` of them appear in
 * every helpdesk under the same email, so a contact looked up by email has tickets in several
 * connections; the rest are spread so that each simulator also has people of its own.
 */
export interface Person {
  name: string;
  email: string;
  phone: string;
  company: string;
}

const FIRST = ['Taylor', 'Jordan', 'Alex', 'Sam', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Harper', 'Rowan', 'Drew', 'Emerson', 'Hayden', 'Kai', 'Logan', 'Parker', 'Reese', 'Sage'];
const LAST = ['Reid', 'Nguyen', 'Garcia', 'Okafor', 'Kowalski', 'Silva', 'Haddad', 'Larsen', 'Moreau', 'Tanaka', 'Patel', 'Schmidt', 'Rossi', 'Dubois', 'Murphy', 'Jensen', 'Costa', 'Novak', 'Ibrahim', 'Walsh'];
const COMPANIES = ['Acme Inc', 'Globex', 'Initech', 'Umbrella Stays', 'Hooli', 'Stark Rentals', 'Wayne Lodging', 'Soylent Homes'];

export const PEOPLE_COUNT = 120;
export const SHARED_PEOPLE = 12;

export const PEOPLE: readonly Person[] = (() => {
  const random = seededRandom(20260422);
  const seen = new Set<string>();
  const people: Person[] = [];
  for (let i = 0; people.length < PEOPLE_COUNT; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length + i) % LAST.length] as string;
    const email = `${first}.${last}`.toLowerCase() + '@example.com';
    if (seen.has(email)) continue;
    seen.add(email);
    people.push({
      name: `${first} ${last}`,
      email,
      phone: `+1-555-${String(1000 + random.int(0, 8999)).padStart(4, '0')}`,
      company: random.pick(COMPANIES),
    });
  }
  return people;
})();

/** The people a simulator serves: every shared person plus its own deterministic slice of the rest. */
export const peopleFor = (simulatorIndex: number, count: number): Person[] => {
  const own = PEOPLE.slice(SHARED_PEOPLE).filter((_, i) => i % 4 === simulatorIndex % 4 || i % 7 === simulatorIndex);
  return [...PEOPLE.slice(0, SHARED_PEOPLE), ...own].slice(0, Math.max(count, SHARED_PEOPLE));
};

/** Agents are people too, but on the helpdesk's side. */
export const AGENT_NAMES: readonly string[] = ['Alex M', 'Priya Shah', 'Tomás Ruiz', 'Mei Chen', 'Jonas Berg', 'Fatima Zahra', 'Liam O\'Neill', 'Ana Sousa'];
export const agentEmail = (name: string, domain: string): string =>
  `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/\.+$/, '')}@${domain}`;

/**
 * The same address in other letter case (`Jordan.Nguyen@Example.COM`): mail systems treat it as the
 * same mailbox, and so must the gateway. Simulators store one shared person this way.
 */
export const caseVariant = (email: string): string => {
  const [local = '', domain = ''] = email.split('@');
  const capitalise = (part: string): string => part.charAt(0).toUpperCase() + part.slice(1);
  const [host = '', ...tld] = domain.split('.');
  return `${local.split('.').map(capitalise).join('.')}@${capitalise(host)}.${tld.join('.').toUpperCase()}`;
};
