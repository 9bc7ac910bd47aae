/** True when every %-escape in `pathname` decodes (decodeURI would not throw on it). */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURI(pathname);
    return true;
  } catch {
    return false;
  }
}
