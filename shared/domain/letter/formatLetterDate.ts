/** YYYY-MM-DD as the letter prints dates: MM/DD/YYYY. */
export function formatLetterDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${month}/${day}/${year}`;
}
