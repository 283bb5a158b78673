/** `compute()` once per index version: every request made against one version shares its answer. */
export function memoByVersion<T>(index: { readonly version: number }, compute: () => T): () => T {
  let memo: { version: number; value: T } | undefined;
  return () => {
    if (memo?.version !== index.version) memo = { version: index.version, value: compute() };
    return memo.value;
  };
}
