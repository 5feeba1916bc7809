export type Answer = { status: number; id?: string; error?: string; retryAfter?: string | null };

export declare function limitsAndMailOutage(options: {
  adminUrl: string;
  outageMs?: number;
}): Promise<{
  answers: Answer[];
  stored: Set<string>;
  loadSeconds: number;
  mail: string[];
  emailedAfterMs: number;
}>;

export declare function cronAndKill(options: { adminUrl: string; secret?: string }): Promise<{
  backlog: Answer[];
  backlogStored: Set<string>;
  mailWithoutCron: number;
  refused: number[];
  mailAfterRefused: number;
  drained: { status: number; body: unknown };
  backlogMail: string[];
  answers: Answer[];
  afterRestart: Answer[];
  stored: Set<string>;
}>;
