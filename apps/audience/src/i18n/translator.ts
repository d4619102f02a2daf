/** Nested message catalogue, the same shape as an i18next resource file. */
export interface Messages {
  [key: string]: string | Messages;
}

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** i18next's `{{name}}` placeholders; an unknown name stays visible rather than vanishing. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/** Looks a key up in the chosen language, then in the fallback; a missing key shows itself. */
export function createTranslator(messages: Messages, fallback: Messages): Translate {
  return (key, params) => interpolate(lookup(messages, key) ?? lookup(fallback, key) ?? key, params);
}
