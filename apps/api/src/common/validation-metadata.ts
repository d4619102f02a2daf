import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

const remembering = new WeakSet<MetadataStorage>();

/**
 * class-validator looks a class's rules up by scanning every decorated class of the app on each validation
 * (typestack/class-validator#2686): 2 % of a join's CPU, the registration and its `sync` payload, during a join
 * storm. A class's rules, its ancestors' included, are all registered when the class is defined, before anything can
 * validate it, so each lookup's answer is kept: per class, per set of options (schema, `always`, strict groups,
 * groups). A class defined later gets its own entry when it is first validated.
 */
export function rememberValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  if (remembering.has(storage)) return;
  remembering.add(storage);
  const scan = storage.getTargetValidationMetadatas.bind(storage);
  const kept = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  storage.getTargetValidationMetadatas = (target, targetSchema, always, strictGroups, groups) => {
    // The pipe's own options (no schema, no groups) need no key built per lookup.
    const plain = !targetSchema && !always && !strictGroups && !groups?.length;
    const options = plain ? '' : JSON.stringify([targetSchema, always, strictGroups, groups ?? null]);
    let ofTarget = kept.get(target);
    if (!ofTarget) kept.set(target, (ofTarget = new Map()));
    let found = ofTarget.get(options);
    if (!found) ofTarget.set(options, (found = scan(target, targetSchema, always, strictGroups, groups)));
    return found;
  };
}
