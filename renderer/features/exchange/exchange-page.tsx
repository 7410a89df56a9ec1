import { ExchangePanel } from './exchange-panel';

export function ExchangePage() {
  return (
    <section aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">Token exchange</h2>
      <ExchangePanel />
    </section>
  );
}
