/** A `${VAR}` whose variable is not set, with where it was found. */
export interface MissingVariable {
  path: (string | number)[];
  variable: string;
}

const PATTERN = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces every `${VAR}` in the string values of a parsed config with the environment's value.
 * Secrets therefore live in the environment and only their names in the file.
 */
export const interpolateEnv = (
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
  missing: MissingVariable[],
  path: (string | number)[] = [],
): unknown => {
  if (typeof value === 'string') {
    return value.replace(PATTERN, (_, name: string) => {
      const found = env[name];
      if (found === undefined) {
        missing.push({ path, variable: name });
        return '';
      }
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolateEnv(item, env, missing, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, env, missing, [...path, key])]));
  }
  return value;
};
