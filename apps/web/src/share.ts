/** Name of the address fragment parameter that carries a shared scenario. */
export const SHARE_PARAM = 'scenario';

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The address fragment (`#scenario=...`) that encodes a raw scenario as base64url UTF-8 JSON. */
export function encodeScenarioFragment(raw: unknown): string {
  return `#${SHARE_PARAM}=${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(raw)))}`;
}

/**
 * The scenario JSON text carried by an address fragment, `undefined` when it
 * carries none, or an error message when it cannot be decoded. The text is
 * validated afterwards like any imported file.
 */
export function decodeScenarioFragment(hash: string): { text: string } | { error: string } | undefined {
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (encoded === null) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(base64UrlToBytes(encoded)) };
  } catch {
    return { error: 'the shared link is damaged: its scenario is not valid base64url UTF-8' };
  }
}
