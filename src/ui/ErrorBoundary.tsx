import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

export type PagePart = 'header' | 'map' | 'panel';

type Props = { part: PagePart; children: ReactNode; /** Told when the part fails (the app stops waiting on it). */ onFail?: () => void };
type State = { failed: boolean };

/**
 * Keeps a render bug in one part of the page (header, map column, side panel) from blanking
 * the others; the part shows a short message with a way to try again.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`The ${this.props.part} failed`, error, info.componentStack);
    this.props.onFail?.();
    // The test fault (see FaultProbe) is spent once this boundary has caught it.
    const w = window as { __atlasFault?: string };
    if (w.__atlasFault === this.props.part) w.__atlasFault = undefined;
  }

  private reset = () => this.setState({ failed: false });

  render() {
    if (this.state.failed) return <PartFailed part={this.props.part} onRetry={this.reset} />;
    return (
      <>
        <FaultProbe part={this.props.part} />
        {this.props.children}
      </>
    );
  }
}

/**
 * The browser tests' way to break one part on purpose (window.__atlasFault = 'panel', set
 * before the page loads): it throws until the part's boundary has caught it (React retries a
 * failed concurrent render once, synchronously, before a boundary takes over), so the part shows
 * its message once and "Try again" recovers. Nothing else ever sets it.
 */
function FaultProbe({ part }: { part: PagePart }) {
  const w = window as { __atlasFault?: string };
  if (w.__atlasFault === part) throw new Error(`test fault in the ${part}`);
  return null;
}

function PartFailed({ part, onRetry }: { part: PagePart; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`part-failed part-failed--${part}`} role="alert">
      <p>{t(`recovery.part.${part}`)}</p>
      <button type="button" onClick={onRetry}>
        {t('recovery.retry')}
      </button>
    </div>
  );
}
