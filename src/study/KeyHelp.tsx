// The `?` dialog listing the study keys. A native <dialog> gives focus trapping and Esc for free.
import { useEffect, useRef } from 'react';
import { useStrings } from '../ui/i18n.ts';

export function KeyHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="key-help" onClose={onClose} aria-labelledby="keys-title">
      <h2 id="keys-title">{t.keysTitle}</h2>
      <dl>
        <div>
          <dt>
            <kbd>Space</kbd>
          </dt>
          <dd>
            {t.keysReveal} / {t.gradeGood}
          </dd>
        </div>
        <div>
          <dt>
            <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> <kbd>4</kbd>
          </dt>
          <dd>{t.keysGrade}</dd>
        </div>
        <div>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>{t.keysTypeIn}</dd>
        </div>
        <div>
          <dt>
            <kbd>u</kbd> / <kbd>Ctrl</kbd>+<kbd>Z</kbd>
          </dt>
          <dd>{t.keysUndo}</dd>
        </div>
        <div>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{t.keysHelp}</dd>
        </div>
        <div>
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>{t.navSearch}</dd>
        </div>
      </dl>
      <button type="button" onClick={onClose} autoFocus>
        {t.close}
      </button>
    </dialog>
  );
}
