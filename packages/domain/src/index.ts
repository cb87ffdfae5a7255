export * from './accounts/index';
export * from './dates/index';
export * from './errors';
export * from './i18n/index';
export * from './identifiers/index';
