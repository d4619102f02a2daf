/** The device's localStorage, or null where there is none or the browser refuses it. */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some privacy modes throw on merely touching localStorage.
    return null;
  }
}
