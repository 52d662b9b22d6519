/**
 * Keeping credentials out of sight. Endpoint URLs may carry `user:password@`; every URL that
 * the remote-store code shows (descriptions, errors, progress) goes through {@link maskUrl},
 * and every message built from a server's answer goes through {@link redact}, so that neither
 * a password nor an Authorization header value is ever printed or logged.
 */

/** User name and password for a remote store. */
export interface Credentials {
  readonly user: string;
  readonly password: string;
}

/**
 * Returns the URL with any `user:password@` part replaced by `***@` (unparseable input is
 * returned with everything before an `@` in its authority masked).
 * @example maskUrl('http://dba:secret@host/sparql') // 'http://***@host/sparql'
 */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return parsed.toString();
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace('://', '://***@');
  } catch {
    return url.replace(/\/\/[^/@\s]*@/g, '//***@');
  }
}

/**
 * Splits `user:password@` out of an endpoint URL (which must be http or https).
 * @returns the URL without credentials and the credentials it carried (if any)
 */
export function splitCredentials(url: string): { url: string; credentials?: Credentials } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`claimgraph-store: not a URL: ${maskUrl(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`claimgraph-store: not an http(s) URL: ${maskUrl(url)}`);
  }
  if (parsed.username === '' && parsed.password === '') return { url: parsed.toString() };
  const credentials = {
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), credentials };
}

/** Replaces every occurrence of the secrets (non-empty ones) in `text` with `***`. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}
