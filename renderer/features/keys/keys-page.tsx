import { KeysPanel } from './keys-panel';

export function KeysPage() {
  return (
    <section aria-labelledby="keys-heading">
      <h2 id="keys-heading">Keys & certificate</h2>
      <KeysPanel />
    </section>
  );
}
