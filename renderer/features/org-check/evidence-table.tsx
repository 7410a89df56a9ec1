import { useId } from 'react';
import type { OrgEvidence } from '../../../shared/org-check/org-evidence';
import { setupLink } from '../../../shared/org-check/setup-links';

/** "Seen in your org": each record the check read, what it means, and its Setup page in the org. */
export function EvidenceTable({ evidence, instanceUrl }: { evidence: OrgEvidence[]; instanceUrl: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>Seen in your org</h4>
      <table className="exchange-table org-evidence" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">What it means</th>
            <th scope="col">Fields</th>
            <th scope="col">Setup</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((e, i) => {
            const link = setupLink(instanceUrl, e);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are the check's records in order; they never reorder.
              <tr key={i} data-source={e.source}>
                <td className="mono">{e.source}</td>
                <td>{e.meaning}</td>
                <td>
                  <details>
                    <summary>Fields</summary>
                    <pre className="exchange-wrap">{JSON.stringify(e.record, null, 2)}</pre>
                  </details>
                </td>
                <td>
                  {link ? (
                    <a href={link} target="_blank" rel="noreferrer" aria-label={`Open the ${e.source} record in Setup`}>
                      Open in Setup
                    </a>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
