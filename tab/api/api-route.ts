import type { Identity } from "../../core/participant";

/** A request to the tab's API, after the host has verified the caller's token (when the route needs one). */
export interface ApiRequest {
  readonly identity?: Identity;
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
}

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * One route of the tab's API, framework-neutral: the host (server/) mounts every route of the table and
 * enforces `access` before `handle` runs, so a route cannot forget its token check.
 */
export interface ApiRoute {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  /**
   * "signed-in": a verified token is required and `identity` is set; "hr": the same, and the caller must
   * be an HR admin (403 otherwise); "public": no token (config, dev sign-in).
   */
  readonly access: "public" | "signed-in" | "hr";
  handle(request: ApiRequest): Promise<ApiResponse>;
}

/** The identity of a signed-in route; the host guarantees it. */
export function signedIn(request: ApiRequest): Identity {
  if (request.identity === undefined) throw new Error("A signed-in route ran without a verified identity.");
  return request.identity;
}
