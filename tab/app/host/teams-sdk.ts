// The part of teams-js the tab uses, as its own module so the on-demand chunk is tree-shaken.
export { app, authentication, pages } from "@microsoft/teams-js";
