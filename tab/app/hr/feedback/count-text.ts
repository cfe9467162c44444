/** "1 mentee", "3 mentees", "0 people": a count with its noun, singular or plural. */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
