// office-addin-mock imports office-addin-manifest only for usage telemetry; jest cannot load its ESM chain.
export const OfficeAddinManifest = {};
export default {};
