/**
 * Bounded concurrency for file work: many small reads and writes run a few at
 * a time, so that they overlap without opening thousands of files at once.
 */

/**
 * Maps `items` through an asynchronous function, at most `limit` at a time, keeping their order.
 * @example const texts = await mapConcurrently(files, 32, (file) => readFile(file, 'utf8'));
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await run(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
