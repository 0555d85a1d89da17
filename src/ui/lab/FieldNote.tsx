// The line under a lab's field: its error (announced) when it has one, else its help. The input
// points at it with aria-describedby={noteId(id, error, help)}.
import type { ReactNode } from 'react';

export function noteId(id: string, error: ReactNode, help: ReactNode): string | undefined {
  return error ? `${id}-error` : help ? `${id}-help` : undefined;
}

export function FieldNote({ id, error, help }: { id: string; error: ReactNode; help: ReactNode }) {
  if (error)
    return (
      <span id={`${id}-error`} className="field-error" role="alert">
        {error}
      </span>
    );
  if (!help) return null;
  return (
    <span id={`${id}-help`} className="muted small">
      {help}
    </span>
  );
}
