export * from './berita-acara-loader';
export * from './document-files';
export * from './minutes-generator';
export * from './minutes-job';
export * from './redis-connection';
export * from './report-generator';
export * from './follow-up-reminders';
export * from './smtp-mailer';
