import { useConnectionFailures } from '../relay/failures';

/**
 * Names each helpdesk that failed in the latest response of these operations, with the gateway's
 * code and words; the view around it shows what the other helpdesks answered.
 */
export const FailureBanner = ({ operations, names }: { operations: readonly string[]; names: ReadonlyMap<string, string> }) => {
  const failures = useConnectionFailures(operations);
  if (failures.length === 0) return null;
  return (
    <div className="banner" role="alert">
      {failures.map(({ connectionId, code, message }) => (
        <p key={connectionId} data-connection-id={connectionId}>
          <strong>{names.get(connectionId) ?? connectionId}</strong>: {message} ({code})
        </p>
      ))}
    </div>
  );
};
