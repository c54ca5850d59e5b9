/** Who is asking: the token's id (never its secret), the workspaces it covers and what it may do. */
export interface Principal {
  tokenId: string;
  workspaceIds: ReadonlySet<string>;
  access: 'read' | 'write';
  /** This token's limits: its own where the config gives them, else the config's `limits`. */
  limits: { maxCost: number; requestsPerMinute: number; burst: number };
}
