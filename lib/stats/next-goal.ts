/**
 * The goal shown beside the counter: the first milestone the count has not reached yet. Past the
 * last milestone, the goal keeps moving in steps of the last one (1,000,000 -> 2,000,000 -> ...).
 */
export function nextGoal(count: number, milestones: readonly number[]): number {
  for (const milestone of milestones) {
    if (milestone > count) return milestone;
  }
  const step = milestones.at(-1) ?? 100;
  return (Math.floor(count / step) + 1) * step;
}
