export function InspectorPage() {
  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">JWT inspector</h2>
    </section>
  );
}
