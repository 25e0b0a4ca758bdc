/** The engine's public surface, layer by layer (lowest first); each layer's index.ts is its own surface. */
export * from './json';
export * from './text';
export * from './model';
export * from './funding';
export * from './rules';
export * from './facts';
export * from './evaluate';
export * from './validate';
export * from './policy';
export * from './testing';
export * from './impact';
export * from './settlement';
export * from './messages';
export * from './analysis';
export * from './outcomes';
