export * from './catalogues';
export * from './generators';
export * from './identifiers';
