// The values of a shared URL that a lab refused, each with its message; the lab runs with the
// defaults (or last valid values) for them.
export function UrlProblems({ title, errors }: { title: string; errors: Readonly<Record<string, string>> }) {
  const problems = Object.entries(errors);
  if (problems.length === 0) return null;
  return (
    <div className="banner warning small" role="status" data-testid="url-problems">
      <p>{title}</p>
      <ul>
        {problems.map(([key, message]) => <li key={key}><code>{key}</code>：{message}</li>)}
      </ul>
    </div>
  );
}
