/** Runs one check; prints `ok   label` or `FAIL label: why` (the format the Neovim check uses). */
export async function check(label, body) {
  try {
    const result = await body();
    console.log(`ok   ${label}`);
    return result;
  } catch (error) {
    console.log(`FAIL ${label}: ${error instanceof Error ? error.message : error}`);
    throw error;
  }
}
