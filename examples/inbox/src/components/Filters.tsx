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

/** A select over an enum's values, with "Any" for none. */
const EnumSelect = <T extends string>({
  name,
  title,
  options,
  value,
  onChange,
}: {
  name: string;
  title: string;
  options: readonly T[];
  value: T | null;
  onChange: (value: T | null) => void;
}) => (
  <label>
    {title}
    <select name={name} value={value ?? ''} onChange={(event) => onChange(pick(options, event.target.value))}>
      <option value="">Any</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  </label>
);

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
    <EnumSelect name="status" title="Status" options={STATUSES} value={values.status} onChange={(status) => onChange({ ...values, status })} />
    <EnumSelect
      name="priority"
      title="Priority"
      options={PRIORITIES}
      value={values.priority}
      onChange={(priority) => onChange({ ...values, priority })}
    />
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
