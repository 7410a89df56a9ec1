import type { Finding } from '../../../shared/jwt/finding';
import { partOf } from '../../components/jwt/segmented-token';
import { useInspector } from './inspector-store';

function summary(findings: Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const parts = [
    errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}`,
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
    `${infos} note${infos === 1 ? '' : 's'}`,
  ];
  return parts.join(', ');
}

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * Every finding with its severity, what is wrong, where, and what to do; errors first. Pointing at one (hover,
 * focus, or its "Show in the token" button) highlights the segment it is about in the token above.
 */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const { highlight, setHighlight } = useInspector();
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <div>
      <p className="findings-summary" role="status">
        Salesforce rules: {summary(findings)}
      </p>
      {findings.length > 0 ? (
        <ul className="findings" aria-label="Findings">
          {ordered.map((f) => (
            // The same code may appear twice (header and payload): where and message tell them apart.
            <li
              key={`${f.code}|${f.where}|${f.message}`}
              className={`finding finding-${f.severity}`}
              data-code={f.code}
              onMouseEnter={() => setHighlight(partOf(f.where))}
              onMouseLeave={() => setHighlight(undefined)}
            >
              <p className="finding-title">
                <span className={`severity-${f.severity}`}>{f.severity}</span> <strong>{f.message}</strong>{' '}
                <code className="finding-code">{f.code}</code>{' '}
                <button
                  type="button"
                  className={`finding-where seg-${partOf(f.where)}`}
                  aria-pressed={highlight === partOf(f.where)}
                  onFocus={() => setHighlight(partOf(f.where))}
                  onClick={() => setHighlight(partOf(f.where))}
                >
                  Show in the token: {f.where}
                </button>
              </p>
              <p className="finding-hint">{f.hint}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
