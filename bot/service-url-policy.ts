/**
 * The serviceUrl allow-list (SECURITY-NOTES §4): botbuilder sends its token to whatever serviceUrl an
 * activity or a stored reference names, so Tandem only talks to configured connector hosts.
 * `https` is required except for loopback hosts, which only local mode lists.
 */
export function isAllowedServiceUrl(serviceUrl: unknown, allowedHosts: readonly string[]): boolean {
  if (typeof serviceUrl !== "string") return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (!allowedHosts.some((allowed) => allowed.toLowerCase() === host)) return false;
  if (url.username !== "" || url.password !== "") return false;
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopback(host));
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
