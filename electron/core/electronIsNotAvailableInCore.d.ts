// electron/core runs in plain Node (tests, the browser shell, the command line): its tsconfig maps the 'electron'
// module here, so any import of it fails to compile. Electron glue belongs in electron/main/.
export {};
