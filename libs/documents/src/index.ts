export * from './berita-acara-model';
