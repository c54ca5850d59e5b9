import { Suspense, useMemo, useState } from 'react';
import { RelayEnvironmentProvider } from 'react-relay';
import { createEnvironment } from '../relay/environment';
import { FailureLog, FailureLogContext } from '../relay/failures';
import { forgetToken, storedToken, storeToken } from '../session';
import { ErrorBoundary } from './ErrorBoundary';
import { Inbox } from './Inbox';
import { SignIn } from './SignIn';

/** Signed out: the token form. Signed in: one Relay environment (and store) per token. */
export const App = () => {
  const [token, setToken] = useState(storedToken);
  const [notice, setNotice] = useState<string | null>(null);
  const session = useMemo(() => {
    if (!token) return null;
    const failures = new FailureLog();
    return { failures, environment: createEnvironment(token, failures) };
  }, [token]);

  if (!session) {
    return (
      <SignIn
        notice={notice}
        onSignIn={(next) => {
          storeToken(next);
          setNotice(null);
          setToken(next);
        }}
      />
    );
  }
  const signOut = (why?: string) => {
    forgetToken();
    setNotice(why ?? null);
    setToken(null);
  };
  return (
    <RelayEnvironmentProvider environment={session.environment}>
      <FailureLogContext.Provider value={session.failures}>
        <ErrorBoundary onSignInRequired={() => signOut('The gateway refused that token.')}>
          <Suspense fallback={<p className="loading">Loading the inbox…</p>}>
            <Inbox onSignOut={() => signOut()} />
          </Suspense>
        </ErrorBoundary>
      </FailureLogContext.Provider>
    </RelayEnvironmentProvider>
  );
};
