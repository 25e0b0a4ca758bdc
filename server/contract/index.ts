/** The API contract: request/response types and request-body schemas, shared by the routes, the OpenAPI document and the editor's client. */
export * from './request-schemas';
export type * from './types';
