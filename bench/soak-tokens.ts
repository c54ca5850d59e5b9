/** The tokens the soak's gateway accepts: the ordinary clients' and the hostile ones'. */
export const SOAK_TOKENS = { read: 'soak-read-token-0123456789', hostile: 'soak-hostile-token-0123456789' } as const;
