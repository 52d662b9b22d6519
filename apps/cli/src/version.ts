/** The CLI's version, shown by `kg --version` and recorded in built datasets. */
export const CLI_VERSION = '0.1.0';
