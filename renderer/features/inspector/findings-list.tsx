import type { Finding } from '../../../shared/jwt/finding';

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

/** Every finding with its severity, what is wrong, where, and what to do; errors first. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <div>
      <p className="findings-summary" role="status">
        Salesforce rules: {summary(findings)}
      </p>
      {findings.length > 0 ? (
        <ul className="findings" aria-label="Findings">
          {ordered.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same code may appear twice (header and payload)
            <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`} data-code={f.code}>
              <p className="finding-title">
                <span className={`severity-${f.severity}`}>{f.severity}</span> <strong>{f.message}</strong>{' '}
                <code className="finding-code">{f.code}</code> <span className="finding-where">{f.where}</span>
              </p>
              <p className="finding-hint">{f.hint}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
