/** Validates request bodies against their schema and refuses hostile shapes (prototype keys, extreme nesting). */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { toIssues } from '../../engine/src/model';
import { ApiError } from '../api-error';
import { REQUEST_SCHEMAS, type RequestSchemaName } from '../contract';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv, ['date']);
const validators = new Map<RequestSchemaName, ValidateFunction>();

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** True when a forbidden key or excessive depth occurs; builds no paths, so the common (clean) case stays cheap. */
function isHostile(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (isHostile(value[i], depth + 1)) return true;
    return false;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || isHostile((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Finds a forbidden key or excessive depth; returns the JSON pointer of the problem. */
export function findHostileShape(value: unknown, path = '', depth = 0): { path: string; message: string } | undefined {
  return isHostile(value, depth) ? locateHostileShape(value, path, depth) : undefined;
}

function locateHostileShape(value: unknown, path = '', depth = 0): { path: string; message: string } | undefined {
  if (depth > MAX_DEPTH) return { path, message: `te diep genest (meer dan ${MAX_DEPTH} niveaus)` };
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = locateHostileShape(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: `${path}/${key}`, message: `de sleutel "${key}" is niet toegestaan` };
    const found = locateHostileShape((value as Record<string, unknown>)[key], `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Throws VERZOEK_ONGELDIG naming the field when the body does not match. */
export function assertBody(name: RequestSchemaName, body: unknown): void {
  const hostile = findHostileShape(body);
  if (hostile) throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `${hostile.path}: ${hostile.message}`, [hostile]);
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.compile(REQUEST_SCHEMAS[name]);
    validators.set(name, validate);
  }
  if (!validate(body)) {
    const issues = toIssues(validate.errors ?? []);
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `${issues[0].path || '/'}: ${issues[0].message}`, issues);
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** Middleware form of assertBody; a body must be JSON, and an empty one counts as {}. */
export function validateBody(name: RequestSchemaName) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (!hasBody(req)) {
      req.body = {};
    } else if (!req.is('application/json')) {
      throw new ApiError('MEDIATYPE_ONGELDIG', 'Verkeerd mediatype', 'Stuur de body als JSON (Content-Type: application/json).');
    }
    assertBody(name, req.body);
    next();
  };
}
