export * from './generators';
export * from './identifiers';
