export function ProfilesPage() {
  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Profiles</h2>
    </section>
  );
}
