export * from './scheduler';
export * from './settings';
export * from './queue';
export * from './new-order';
