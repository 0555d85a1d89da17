// Tells the user when saved progress could not be read, and offers the kept-aside copy.
import { downloadText } from '../lib/download.ts';
import { useStrings } from '../ui/i18n.ts';
import { progressKv, useProgressStore } from './progress-store.ts';

export function UnreadableBanner() {
  const t = useStrings();
  const unreadable = useProgressStore((s) => s.unreadable);
  const backend = useProgressStore((s) => s.backend);

  const download = async (key: string) => {
    const raw = await progressKv.get(key);
    if (raw !== null) downloadText(`interview-lab-${key.replace(/[^\w-]+/g, '-')}.json`, raw);
  };
  const remove = async (key: string) => {
    await progressKv.delete(key);
    useProgressStore.setState((s) => ({ unreadable: s.unreadable.filter((u) => u.key !== key) }));
  };

  return (
    <>
      {backend === 'memory' && <div className="banner warning" role="status">{t.memoryBackend}</div>}
      {unreadable.map((u) => (
        <div className="banner warning" role="alert" key={u.key}>
          <strong>{t.unreadableTitle}</strong>
          <p>{t.unreadableBody} <code>{u.reason}</code></p>
          <div className="row">
            <button type="button" onClick={() => void download(u.key)}>{t.unreadableDownload}</button>
            <button type="button" className="secondary" onClick={() => void remove(u.key)}>{t.unreadableDelete}</button>
          </div>
        </div>
      ))}
    </>
  );
}
