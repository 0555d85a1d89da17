// The rest of the scene: the nginx configuration in effect and the error log.
import type { InvestigationView } from './investigation-view.ts';
import { S } from './strings.ts';

export function ScenePanel({ view }: { view: InvestigationView }) {
  return (
    <div className="ui-scene">
      <section aria-labelledby="ui-config-title">
        <h3 id="ui-config-title" className="ui-h">
          {S.configTitle}
        </h3>
        <pre className="ui-pre" tabIndex={0} data-testid="incident-config">
          <code>{view.config}</code>
        </pre>
      </section>
      <section aria-labelledby="ui-error-title">
        <h3 id="ui-error-title" className="ui-h">
          {S.errorLogTitle} <code className="small">/var/log/nginx/error.log</code>
        </h3>
        <pre className="ui-pre ui-error-log" tabIndex={0} data-testid="error-log">
          <code>{view.errorLog.length > 0 ? view.errorLog.join('\n') : S.errorLogEmpty}</code>
        </pre>
      </section>
    </div>
  );
}
