import { useState } from 'react';
import { suggestedToken } from '../session';

/** The token form; the demo pre-fills its write token. */
export const SignIn = ({ notice, onSignIn }: { notice: string | null; onSignIn: (token: string) => void }) => {
  const [token, setToken] = useState(suggestedToken);
  return (
    <form
      className="sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        if (token.trim()) onSignIn(token.trim());
      }}
    >
      <h1>deskgraph inbox</h1>
      {notice && <p role="alert">{notice}</p>}
      <label>
        API token
        <input name="token" type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} />
      </label>
      <button type="submit" disabled={!token.trim()}>
        Sign in
      </button>
      <p className="hint">A read token shows the inbox; a write token also replies, adds notes, closes and reassigns.</p>
    </form>
  );
};
