// nginx.conf as nginx's own parser (ngx_conf_file.c) reads it, reduced to what a lab needs:
// statements of words ended by `;`, blocks opened by `{` and closed by `}`, `#` comments to the
// end of the line, words in single or double quotes (with backslash escapes). Each statement
// keeps the line it starts on, so problems can say `line N: …` as `nginx -t` does.

export interface ConfStatement {
  /** Directive name and its arguments, quotes removed. */
  readonly words: readonly string[];
  readonly line: number;
  /** `{` ended the statement: it opens a block (http, server, upstream …). */
  readonly opensBlock: boolean;
  /** Names of the enclosing blocks, outermost first. */
  readonly context: readonly string[];
}

export interface ConfProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedConf {
  readonly statements: readonly ConfStatement[];
  readonly problems: readonly ConfProblem[];
}

export function parseNginxConf(text: string): ParsedConf {
  const statements: ConfStatement[] = [];
  const problems: ConfProblem[] = [];
  const context: string[] = [];
  const openedAt: number[] = [];
  let words: string[] = [];
  let startLine = 0;
  let line = 1;
  let i = 0;
  const end = (opensBlock: boolean) => {
    if (words.length === 0) {
      problems.push({ line, message: opensBlock ? 'unexpected "{"' : 'unexpected ";"' });
      return;
    }
    statements.push({ words, line: startLine, opensBlock, context: [...context] });
    if (opensBlock) {
      context.push(words[0] as string);
      openedAt.push(startLine);
    }
    words = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === ';') {
      end(false);
      i++;
      continue;
    }
    if (c === '{') {
      end(true);
      i++;
      continue;
    }
    if (c === '}') {
      if (words.length > 0) problems.push({ line, message: `unexpected "}": "${words[0]}" has no ";"` });
      words = [];
      if (context.length === 0) problems.push({ line, message: 'unexpected "}"' });
      context.pop();
      openedAt.pop();
      i++;
      continue;
    }
    if (words.length === 0) startLine = line;
    if (c === '"' || c === "'") {
      let word = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        if (text[i] === '\n') line++;
        word += text[i];
        i++;
      }
      if (i >= text.length) {
        problems.push({ line: startLine, message: 'unexpected end of file, expecting a closing quote' });
        break;
      }
      i++;
      words.push(word);
      continue;
    }
    let word = '';
    while (i < text.length && !/[\s;{}#]/.test(text[i] as string)) word += text[i++];
    words.push(word);
  }
  if (words.length > 0) problems.push({ line: startLine, message: `unexpected end of file, expecting ";" or "}" after "${words[0]}"` });
  if (context.length > 0)
    problems.push({
      line: openedAt[openedAt.length - 1] ?? line,
      message: `unexpected end of file: block "${context[context.length - 1]}" is not closed with "}"`,
    });
  return { statements, problems };
}

/** Size as ngx_parse_size reads it: a number with an optional k/K or m/M (and g/G) suffix. */
export function parseNginxSize(text: string): number | null {
  const m = /^(\d+)([kKmMgG]?)$/.exec(text);
  if (!m) return null;
  const unit = (m[2] ?? '').toLowerCase();
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : unit === 'g' ? 1024 ** 3 : 1);
}

/** Time as ngx_parse_time reads the simple cases: 10, 10s, 500ms, 1m, 2h. */
export function parseNginxTimeMs(text: string): number | null {
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'ms':
      return n;
    case 'm':
      return n * 60_000;
    case 'h':
      return n * 3_600_000;
    case 'd':
      return n * 86_400_000;
    default:
      return n * 1000;
  }
}

/** Common directives a pasted server or location block carries that a lab does not model. */
export const UNRELATED_DIRECTIVES = new Set([
  'listen',
  'server_name',
  'root',
  'index',
  'location',
  'proxy_pass',
  'proxy_set_header',
  'proxy_http_version',
  'proxy_connect_timeout',
  'proxy_read_timeout',
  'proxy_send_timeout',
  'proxy_next_upstream',
  'proxy_next_upstream_tries',
  'proxy_buffering',
  'proxy_cache',
  'proxy_cache_path',
  'proxy_cache_valid',
  'proxy_cache_key',
  'proxy_cache_lock',
  'include',
  'return',
  'rewrite',
  'try_files',
  'access_log',
  'error_log',
  'log_format',
  'add_header',
  'client_max_body_size',
  'keepalive_timeout',
  'keepalive_requests',
  'sendfile',
  'tcp_nopush',
  'tcp_nodelay',
  'gzip',
  'default_type',
  'charset',
  'set_real_ip_from',
  'real_ip_header',
  'real_ip_recursive',
  'ssl_certificate',
  'ssl_certificate_key',
  'ssl_protocols',
  'limit_conn',
  'limit_conn_zone',
  'limit_conn_status',
  'worker_processes',
  'worker_connections',
  'user',
  'pid',
  'events',
  'http',
  'server',
  'upstream',
  'grpc_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'resolver',
  'if',
  'set',
  'map',
  'alias',
  'deny',
  'allow',
]);
