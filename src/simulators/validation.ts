import type { z } from 'zod';

/** A refused body's problems by field path (`(body)` for the body itself), messages joined. */
export const issueFields = (error: z.ZodError): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '(body)';
    fields[path] = fields[path] ? `${fields[path]}; ${issue.message}` : issue.message;
  }
  return fields;
};
