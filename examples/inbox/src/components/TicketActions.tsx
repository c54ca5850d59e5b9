import { Suspense, useState } from 'react';
import { graphql, useFragment, useMutation } from 'react-relay';
import type { TicketActions_ticket$key } from './__generated__/TicketActions_ticket.graphql';
import type { TicketActionsCloseMutation } from './__generated__/TicketActionsCloseMutation.graphql';
import { newIdempotencyKey } from '../session';
import { AssigneePicker } from './AssigneePicker';
import { describeErrors } from './mutationErrors';

const fragment = graphql`
  fragment TicketActions_ticket on Ticket {
    id
    status
    rawStatus
    updatedAt
    assignee {
      id
      name
    }
    helpdesk {
      connectionId
      capabilities {
        mutations
        ticketChanges
        lists
        conditionalUpdate
      }
    }
  }
`;

const closeMutation = graphql`
  mutation TicketActionsCloseMutation($input: TicketIdInput!) @raw_response_type {
    closeTicket(input: $input) {
      ticket {
        id
        status
        rawStatus
        updatedAt
      }
      errors {
        ...mutationErrors_error
      }
    }
  }
`;

const isClosed = (status: string | null | undefined) => status === 'CLOSED' || status === 'SOLVED';

/** Close and reassign, each offered to a write token where the ticket's helpdesk can do it. */
export const TicketActions = ({ ticket, canWrite }: { ticket: TicketActions_ticket$key; canWrite: boolean }) => {
  const data = useFragment(fragment, ticket);
  const [problems, setProblems] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [commitClose, closing] = useMutation<TicketActionsCloseMutation>(closeMutation);
  const capabilities = data.helpdesk?.capabilities;
  const canClose = canWrite && (capabilities?.mutations.includes('closeTicket') ?? false);
  const canAssign =
    canWrite &&
    (capabilities?.mutations.includes('updateTicket') ?? false) &&
    (capabilities?.ticketChanges.includes('assigneeId') ?? false) &&
    (capabilities?.lists?.includes('AGENTS') ?? false);

  const close = () => {
    setProblems([]);
    commitClose({
      variables: { input: { id: data.id, idempotencyKey: newIdempotencyKey() } },
      // Optimistic: CLOSED until the helpdesk says what closing means there (SOLVED in Zendesk and Plain).
      optimisticResponse: { closeTicket: { ticket: { id: data.id, status: 'CLOSED', rawStatus: data.rawStatus, updatedAt: data.updatedAt }, errors: [] } },
      onCompleted: (response) => setProblems(describeErrors(response.closeTicket?.errors)),
      onError: (error) => setProblems([error.message]),
    });
  };

  return (
    <div className="actions">
      <span className="assignee">
        Assignee: <strong data-testid="assignee">{data.assignee?.name ?? (data.assignee ? 'someone' : 'nobody')}</strong>
      </span>
      {canAssign && data.helpdesk?.connectionId && (
        picking ? (
          <Suspense fallback={<span>Loading agents…</span>}>
            <AssigneePicker
              ticketId={data.id}
              connectionId={data.helpdesk.connectionId}
              current={data.assignee?.id ?? null}
              updatedAt={data.updatedAt ?? null}
              conditional={capabilities?.conditionalUpdate ?? false}
              onDone={(errors) => {
                setProblems(errors);
                setPicking(false);
              }}
            />
          </Suspense>
        ) : (
          <button type="button" onClick={() => setPicking(true)}>
            Reassign
          </button>
        )
      )}
      {canClose && (
        <button type="button" disabled={closing || isClosed(data.status)} onClick={close}>
          {isClosed(data.status) ? 'Closed' : 'Close ticket'}
        </button>
      )}
      {problems.length > 0 && (
        <div className="problems" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
    </div>
  );
};
