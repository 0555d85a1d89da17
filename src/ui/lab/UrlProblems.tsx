// The values of a shared URL that a lab refused, each with its message (which names the key); the
// lab runs with the defaults (or the last valid values) for them.
export function UrlProblems({ title, errors }: { title: string; errors: Readonly<Record<string, string>> }) {
  const problems = Object.entries(errors);
  if (problems.length === 0) return null;
  return (
    <div className="banner warning small" role="status" data-testid="url-problems">
      <p>{title}</p>
      <ul>
        {problems.map(([key, message]) => (
          <li key={key}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
