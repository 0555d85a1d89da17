// just-bash imports `node:zlib` for gzip, gunzip and zcat. A browser has no zlib module, so the
// browser build resolves it here (vite.config.ts): the commands fail with this message, which the
// page states ("gzip and zcat do not work in the browser"), and the build stays quiet.
const unavailable = (): never => {
  throw new Error('gzip is not available in the browser');
};

export const gzipSync = unavailable;
export const gunzipSync = unavailable;
export const constants = { Z_BEST_COMPRESSION: 9, Z_BEST_SPEED: 1, Z_DEFAULT_COMPRESSION: -1 };
