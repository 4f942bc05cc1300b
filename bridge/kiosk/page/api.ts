/** POSTs JSON to the bridge (same origin: the pairing cookie goes along) and returns the parsed answer. */
export async function postJson(path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  return { status: response.status, json };
}
