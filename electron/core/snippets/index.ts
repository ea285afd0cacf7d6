/**
 * The reviewer's rationale snippets: list, save, delete, export to a file and import from one.
 */
export * from './exportSnippets';
export * from './importSnippets';
export * from './listSnippets';
export * from './saveSnippet';
