export * from './records';
export * from './schema';
export * from './settings-store';
export * from './source-store';
export * from './user-data';
export { toSnapshot } from './to-snapshot';
