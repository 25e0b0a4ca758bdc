/** A wrong command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'bestand niet gevonden (ook geen map)',
  ELOOP: 'symbolische koppeling verwijst naar zichzelf (lus)',
  EACCES: 'geen leesrechten',
  EPERM: 'geen toegang',
  EISDIR: 'is een map, geen bestand',
  ENOTDIR: 'een deel van het pad is geen map',
  ENAMETOOLONG: 'pad te lang',
  EMFILE: 'te veel open bestanden',
};

/** The Node file-system error code of `error` (ENOENT, ELOOP, …), when it is one. */
export function fileErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in FILE_ERRORS ? code : undefined;
}

/** "path: reason" in Dutch for a file-system error; `path` is the name the user gave. */
export function describeFileError(error: unknown, path?: string): string {
  const code = fileErrorCode(error);
  const where = path ?? String((error as { path?: unknown } | null)?.path ?? '(onbekend pad)');
  return `${where}: ${code ? FILE_ERRORS[code] : 'niet leesbaar'}`;
}
