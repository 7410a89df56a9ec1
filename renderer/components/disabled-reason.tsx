/**
 * Why the button beside it is disabled, in visible text the button points at with `aria-describedby`: a greyed
 * button alone does not say what is missing (WCAG 2.2, 3.3.2 Labels or Instructions).
 */
export function DisabledReason({ id, reason }: { id: string; reason: string | undefined }) {
  if (!reason) return null;
  return (
    <p id={id} className="disabled-reason">
      {reason}
    </p>
  );
}
