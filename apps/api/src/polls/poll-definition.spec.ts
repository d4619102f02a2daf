import { DomainError } from '../common/domain-error';
import { definePoll } from './poll-definition';

function refusal(...args: Parameters<typeof definePoll>): string[] {
  try {
    definePoll(...args);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION_FAILED') return error.details ?? [];
    throw error;
  }
  throw new Error('accepted');
}

const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe(definePoll.name, () => {
  it('fills the defaults of each type', () => {
    expect(definePoll({ question: ' Puas? ', type: 'rating' })).toEqual({
      question: 'Puas?',
      type: 'rating',
      options: [],
      maxChoices: null,
      scaleMax: 5,
      rankingMethod: null,
      resultsVisible: true,
      allowChange: true,
    });
    expect(definePoll({ question: 'Pilih', type: 'multiple', options: ['A', 'B', 'C'] }, [], ids())).toMatchObject({
      options: [
        { id: 'id1', label: 'A' },
        { id: 'id2', label: 'B' },
        { id: 'id3', label: 'C' },
      ],
      maxChoices: 3,
    });
    expect(definePoll({ question: 'Urutkan', type: 'ranking', options: ['A', 'B'] })).toMatchObject({ rankingMethod: 'borda', maxChoices: null });
  });

  it('requires 2 to 12 distinct options for choice and ranking polls', () => {
    expect(refusal({ question: 'Q', type: 'single' })).toEqual(['options: a single poll needs 2 to 12 options']);
    expect(refusal({ question: 'Q', type: 'ranking', options: ['A'] })).toEqual(['options: a ranking poll needs 2 to 12 options']);
    expect(refusal({ question: 'Q', type: 'single', options: Array.from({ length: 13 }, (_, i) => `O${i}`) })).toHaveLength(1);
    expect(refusal({ question: 'Q', type: 'single', options: ['Antrean', ' antrean  '] })).toEqual(['options: must not repeat an option']);
    expect(refusal({ question: 'Q', type: 'single', options: ['A', '  '] })).toEqual(['options: each option must be 1 to 120 characters']);
  });

  it('forbids settings that do not apply to the type', () => {
    expect(refusal({ question: 'Q', type: 'open', options: ['A', 'B'] })).toEqual(['options: a open poll has no options']);
    expect(refusal({ question: 'Q', type: 'single', options: ['A', 'B'], maxChoices: 1, scaleMax: 5, rankingMethod: 'average' })).toEqual([
      'maxChoices: does not apply to this type of poll',
      'scaleMax: does not apply to this type of poll',
      'rankingMethod: does not apply to this type of poll',
    ]);
  });

  it('keeps maxChoices within the number of options', () => {
    expect(definePoll({ question: 'Q', type: 'multiple', options: ['A', 'B', 'C'], maxChoices: 2 }).maxChoices).toBe(2);
    expect(refusal({ question: 'Q', type: 'multiple', options: ['A', 'B'], maxChoices: 3 })).toEqual(['maxChoices: must be 1 to 2, the number of options']);
  });

  it('keeps the id of an option whose label did not change', () => {
    const earlier = [
      { id: 'keep', label: 'Antrean' },
      { id: 'gone', label: 'Biaya' },
    ];
    const options = definePoll({ question: 'Q', type: 'single', options: ['Cepat', 'antrean'] }, earlier, ids()).options;
    expect(options).toEqual([
      { id: 'id1', label: 'Cepat' },
      { id: 'keep', label: 'antrean' },
    ]);
  });
});
