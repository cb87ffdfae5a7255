export * from './generators';
