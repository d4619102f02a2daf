import { catalogueOf, loadLanguage, loadReasonWords, subscribeToCatalogues } from './catalogues';
import { lookup } from './translator';

describe('catalogues', () => {
  it('start with the Indonesian words only: no English, no refusal wording', () => {
    expect(lookup(catalogueOf('id'), 'register.name')).toBe('Nama lengkap');
    expect(lookup(catalogueOf('id'), 'errorReasons.checkInCodeWrong')).toBeUndefined();
    expect(catalogueOf('en')).toEqual({});
  });

  it('add English whole (its refusal wording with it) when it is loaded, and tell the subscribers', async () => {
    const heard = jest.fn();
    const unsubscribe = subscribeToCatalogues(heard);
    const before = catalogueOf('en');
    await loadLanguage('en');
    await loadLanguage('en');
    expect(catalogueOf('en')).not.toBe(before);
    expect(lookup(catalogueOf('en'), 'register.name')).toBe('Full name');
    expect(lookup(catalogueOf('en'), 'errorReasons.checkInCodeWrong')).toMatch(/^That is not the code/);
    expect(lookup(catalogueOf('id'), 'errorReasons.checkInCodeWrong')).toBeUndefined();
    expect(heard).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('add the Indonesian refusal wording once, keeping the words already there', async () => {
    await Promise.all([loadReasonWords(), loadReasonWords()]);
    expect(lookup(catalogueOf('id'), 'errorReasons.checkInCodeWrong')).toMatch(/^Kode tidak sesuai/);
    expect(lookup(catalogueOf('id'), 'register.name')).toBe('Nama lengkap');
    await expect(loadLanguage('id')).resolves.toBeUndefined();
  });
});
