export function SetupPage() {
  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">Setup wizard</h2>
    </section>
  );
}
