import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import type { AssigneePickerMutation } from './__generated__/AssigneePickerMutation.graphql';
import type { AssigneePickerQuery } from './__generated__/AssigneePickerQuery.graphql';
import { newIdempotencyKey } from '../session';
import { describeErrors } from './mutationErrors';

const agentsQuery = graphql`
  query AssigneePickerQuery($connectionId: ID!) {
    agents(connectionId: $connectionId, first: 100) {
      edges {
        node {
          id
          name
          email
          kind
        }
      }
    }
  }
`;

const assignMutation = graphql`
  mutation AssigneePickerMutation($input: UpdateTicketInput!) @raw_response_type {
    updateTicket(input: $input) {
      ticket {
        id
        updatedAt
        assignee {
          id
          name
        }
      }
      errors {
        ...mutationErrors_error
      }
    }
  }
`;

/**
 * The agents of the ticket's helpdesk; choosing one assigns the ticket to them at once (optimistic),
 * undone if the helpdesk refuses. Where the helpdesk checks `ifUpdatedAt`, a ticket someone changed
 * meanwhile is not overwritten (a ConflictError says so).
 */
export const AssigneePicker = ({
  ticketId,
  connectionId,
  current,
  updatedAt,
  conditional,
  onDone,
}: {
  ticketId: string;
  connectionId: string;
  current: string | null;
  /** The ticket's updatedAt as read; sent as `ifUpdatedAt` where the helpdesk checks it (`conditional`). */
  updatedAt: string | null;
  conditional: boolean;
  onDone: (problems: string[]) => void;
}) => {
  const { agents } = useLazyLoadQuery<AssigneePickerQuery>(agentsQuery, { connectionId });
  const [commit] = useMutation<AssigneePickerMutation>(assignMutation);
  const choices = (agents?.edges ?? []).map(({ node }) => node).filter((agent) => agent.kind !== 'SYSTEM');

  const assign = (agentId: string) => {
    const agent = choices.find((choice) => choice.id === agentId);
    if (!agent) return;
    commit({
      variables: {
        input: { id: ticketId, assigneeId: agent.id, idempotencyKey: newIdempotencyKey(), ...(conditional && updatedAt ? { ifUpdatedAt: updatedAt } : {}) },
      },
      optimisticResponse: {
        updateTicket: { ticket: { id: ticketId, updatedAt, assignee: { id: agent.id, name: agent.name } }, errors: [] },
      },
      onCompleted: (response) => onDone(describeErrors(response.updateTicket?.errors)),
      onError: (error) => onDone([error.message]),
    });
  };

  return (
    <select aria-label="Assign to" value={current ?? ''} onChange={(event) => assign(event.target.value)}>
      <option value="" disabled>
        Assign to…
      </option>
      {choices.map((agent) => (
        <option key={agent.id} value={agent.id}>
          {agent.name ?? agent.email ?? agent.id}
        </option>
      ))}
    </select>
  );
};
