import type { TicketPriority, TicketStatus } from './__generated__/InboxQuery.graphql';
import { label } from '../format';

type Known<T> = Exclude<T, '%future added value'>;

const STATUSES: readonly Known<TicketStatus>[] = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED'];
const PRIORITIES: readonly Known<TicketPriority>[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

export interface FilterValues {
  status: Known<TicketStatus> | null;
  priority: Known<TicketPriority> | null;
  /** One helpdesk only; null for every helpdesk merged. */
  connectionId: string | null;
}

const pick = <T extends string>(options: readonly T[], value: string): T | null => options.find((option) => option === value) ?? null;

export const Filters = ({
  values,
  helpdesks,
  onChange,
}: {
  values: FilterValues;
  helpdesks: ReadonlyMap<string, string>;
  onChange: (next: FilterValues) => void;
}) => (
  <form className="filters" onSubmit={(event) => event.preventDefault()}>
    <label>
      Status
      <select name="status" value={values.status ?? ''} onChange={(event) => onChange({ ...values, status: pick(STATUSES, event.target.value) })}>
        <option value="">Any</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {label(status)}
          </option>
        ))}
      </select>
    </label>
    <label>
      Priority
      <select
        name="priority"
        value={values.priority ?? ''}
        onChange={(event) => onChange({ ...values, priority: pick(PRIORITIES, event.target.value) })}
      >
        <option value="">Any</option>
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {label(priority)}
          </option>
        ))}
      </select>
    </label>
    <label>
      Helpdesk
      <select
        name="helpdesk"
        value={values.connectionId ?? ''}
        onChange={(event) => onChange({ ...values, connectionId: helpdesks.has(event.target.value) ? event.target.value : null })}
      >
        <option value="">All helpdesks</option>
        {[...helpdesks].map(([connectionId, name]) => (
          <option key={connectionId} value={connectionId}>
            {name}
          </option>
        ))}
      </select>
    </label>
  </form>
);
