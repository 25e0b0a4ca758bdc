/** A route parameter as one string (Express 5 types allow arrays for wildcards). */
import type { Request } from 'express';

export function param(req: Request, name: string): string {
  const value = req.params[name] as string | string[] | undefined;
  return Array.isArray(value) ? value.join('/') : (value ?? '');
}
