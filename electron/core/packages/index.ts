/**
 * Signed determination packages: the package format, writing and reading them encrypted in the workspace,
 * exporting them in clear, and verifying one (the verifier the sync server uses too).
 */
export * from './archiveSignedPackage';
export * from './buildSignedPackage';
export * from './exportSignedPackage';
export * from './packageDirFor';
export * from './packageFiles';
export * from './packageVerifyReport';
export * from './readSignedLetter';
export * from './readWorkspacePackage';
export * from './reencryptWorkspacePackages';
export * from './trustedSigners';
export * from './verifyPackageFiles';
export * from './writePackageDir';
export * from './writeWorkspacePackage';
