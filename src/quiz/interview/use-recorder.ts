// Answering aloud: MediaRecorder on the microphone, one clip per question, kept as a blob URL in
// this page only. Everything works without a microphone or permission: `error` says so.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useRecorder() {
  const recorder = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState(false);
  const urls = useRef<string[]>([]);

  const start = useCallback(async (): Promise<boolean> => {
    try {
      if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') throw new Error('unsupported');
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const r = new MediaRecorder(stream);
      recorder.current = r;
      r.start();
      setRecording(true);
      return true;
    } catch {
      setError(true);
      return false;
    }
  }, []);

  /** Stops and resolves with the clip's URL (null when nothing was recorded). */
  const stop = useCallback((): Promise<string | null> => {
    const r = recorder.current;
    recorder.current = null;
    setRecording(false);
    if (!r || r.state === 'inactive') return Promise.resolve(null);
    return new Promise((resolve) => {
      const chunks: Blob[] = [];
      r.ondataavailable = (e) => chunks.push(e.data);
      r.onstop = () => {
        r.stream.getTracks().forEach((t) => t.stop());
        const url = chunks.length > 0 ? URL.createObjectURL(new Blob(chunks, { type: r.mimeType })) : null;
        if (url) urls.current.push(url);
        resolve(url);
      };
      r.stop();
    });
  }, []);

  useEffect(
    () => () => {
      urls.current.forEach((u) => URL.revokeObjectURL(u));
    },
    [],
  );
  return { start, stop, recording, error };
}
