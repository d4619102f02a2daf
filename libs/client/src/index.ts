export * from './api-client';
export * from './i18n';
export * from './live-forum-client';
export * from './useLiveForum';
