import { getMetadataStorage, IsInt, IsString, Length, validate } from 'class-validator';
import { rememberValidationMetadata } from './validation-metadata';

class Person {
  @IsString()
  @Length(1, 10)
  name: string;
}

class Speaker extends Person {
  @IsInt()
  minutes: number;
}

class Agenda {
  @IsString({ groups: ['staff'] })
  note: string;
}

describe(rememberValidationMetadata.name, () => {
  // The scan itself, watched before the lookups are remembered in front of it.
  const scans = jest.spyOn(getMetadataStorage(), 'getTargetValidationMetadatas');
  rememberValidationMetadata();
  const scanned = () => scans.mock.calls.map(([target]) => (target as { name: string }).name);
  const errorsOf = async (value: object) => (await validate(value)).map((error) => error.property).sort();

  beforeEach(() => scans.mockClear());

  it('scans once per class, and validates with the rules it inherits each time', async () => {
    expect(await errorsOf(Object.assign(new Speaker(), { name: '', minutes: 'lama' }))).toEqual(['minutes', 'name']);
    expect(await errorsOf(Object.assign(new Speaker(), { name: 'Siti', minutes: 5 }))).toEqual([]);
    expect(await errorsOf(Object.assign(new Speaker(), { name: 'x'.repeat(11), minutes: 5 }))).toEqual(['name']);
    expect(await errorsOf(Object.assign(new Person(), { name: 7 }))).toEqual(['name']);
    expect(scanned()).toEqual(['Speaker', 'Person']);
  });

  it('keeps each set of options apart: validating by group sees only that group', async () => {
    const speaker = Object.assign(new Speaker(), { name: '', minutes: 'lama' });
    expect((await validate(speaker, { groups: ['staff'] })).map((error) => error.property)).toEqual([]);
    expect(await errorsOf(speaker)).toEqual(['minutes', 'name']);
  });

  it('keeps the plain lookup apart from strict groups: with them, a grouped rule runs only when its group is asked', async () => {
    const agenda = Object.assign(new Agenda(), { note: 7 });
    expect(await errorsOf(agenda)).toEqual(['note']);
    expect((await validate(agenda, { strictGroups: true })).map((error) => error.property)).toEqual([]);
    expect((await validate(agenda, { strictGroups: true, groups: ['staff'] })).map((error) => error.property)).toEqual(['note']);
    expect(await errorsOf(agenda)).toEqual(['note']);
    expect((await validate(agenda, { strictGroups: true })).map((error) => error.property)).toEqual([]);
    expect(scanned()).toEqual(['Agenda', 'Agenda', 'Agenda']);
  });

  it('validates a class defined after its parent was looked up, with its own rules and its parent’s', async () => {
    expect(await errorsOf(Object.assign(new Person(), { name: 'Siti' }))).toEqual([]);
    class Moderator extends Person {
      @IsString()
      role: string;
    }
    expect(await errorsOf(Object.assign(new Moderator(), { name: '', role: 7 }))).toEqual(['name', 'role']);
    expect(await errorsOf(Object.assign(new Moderator(), { name: 'Siti', role: 'moderator' }))).toEqual([]);
  });
});
