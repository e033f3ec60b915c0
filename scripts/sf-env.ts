// The environment every sf CLI run of this project gets: offline and quiet, and no self-update, because the
// CLI is pinned in package.json to a version that runs on Node 20.
export const SF_QUIET = {
  SF_SKIP_NEW_VERSION_CHECK: 'true',
  SF_DISABLE_TELEMETRY: 'true',
  SF_AUTOUPDATE_DISABLE: 'true',
  SF_DISABLE_AUTOUPDATE: 'true'
};
