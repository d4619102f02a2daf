export type MoveDirection = 'up' | 'down';

/**
 * The ids with one of them moved one place up or down, as the server's reorder events want them
 * (every id, in the new order). `null` when it cannot move: first up, last down, or an unknown id.
 */
export function moveId(ids: readonly string[], id: string, direction: MoveDirection): string[] | null {
  const index = ids.indexOf(id);
  if (index === -1) return null;
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= ids.length) return null;
  const moved = [...ids];
  moved[index] = ids[target];
  moved[target] = id;
  return moved;
}
