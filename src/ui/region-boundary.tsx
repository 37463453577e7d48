import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/pl';
import { LoadFailed } from './load-failed';

export type Region = keyof Messages['regions'];

interface BoundaryProps {
  region: Region;
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** React catches render errors only in a class component. */
class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Region "${this.props.region}" failed:`, error, info.componentStack);
  }

  retry = () => this.setState({ failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

/**
 * One region of the page (the map, the filters, the list, ...): if it throws while drawn, it
 * says so with a way to try again, and the rest of the page keeps working. No white page.
 */
export function RegionBoundary({ region, children }: { region: Region; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Boundary
      region={region}
      fallback={(retry) => <LoadFailed message={t.regions[region]} onRetry={retry} />}
    >
      {children}
    </Boundary>
  );
}
