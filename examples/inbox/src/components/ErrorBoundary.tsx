import { Component, type ReactNode } from 'react';
import { SignInRequired } from '../relay/environment';

interface Props {
  children: ReactNode;
  /** Called instead of showing the error when the gateway refused the token. */
  onSignInRequired?: () => void;
}

/** What a failed query shows in place of its view (React catches render errors only in a class). */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    if (error instanceof SignInRequired) this.props.onSignInRequired?.();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="failure" role="alert">
        <p>{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
