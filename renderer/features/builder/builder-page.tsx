export function BuilderPage() {
  return (
    <section aria-labelledby="builder-heading">
      <h2 id="builder-heading">JWT builder</h2>
    </section>
  );
}
