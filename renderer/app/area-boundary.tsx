import { Component, Fragment, type ReactNode } from 'react';
import { coreErrors } from '../../shared/errors/core-errors';
import type { ErrorShape } from '../../shared/errors/studio-error';
import { ErrorMessage } from '../components/error-message';

/**
 * The error shown when an area fails to render. The exception's own message is not shown: it may quote the input
 * that broke the page (a token, a key).
 */
function areaError(name: string): ErrorShape {
  return coreErrors.raise('area-crashed', `This area stopped working (${name}); the rest of the app still works.`).toShape();
}

interface AreaBoundaryProps {
  /** The area's name, for the button's accessible label. */
  label: string;
  children: ReactNode;
}

/**
 * Around each area: an exception while rendering (an input no view expected) replaces that area with a coded
 * error and "Reload this area" instead of blanking the whole app (https://react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary).
 */
export class AreaBoundary extends Component<AreaBoundaryProps, { failed?: string; attempt: number }> {
  override state: { failed?: string; attempt: number } = { attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.name : 'Error' };
  }

  override render() {
    if (this.state.failed === undefined) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <div className="card area-crashed">
        <ErrorMessage error={areaError(this.state.failed)} />
        <button
          type="button"
          className="primary"
          aria-label={`Reload this area (${this.props.label})`}
          onClick={() => this.setState((s) => ({ failed: undefined, attempt: s.attempt + 1 }))}
        >
          Reload this area
        </button>
      </div>
    );
  }
}
