import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the Plain connector's documents against the subset of Plain's schema the project keeps.
 * Run from the repository root: `npx graphql-codegen --config src/connectors/plain/codegen.ts`.
 * The output under ./generated/ is committed; test/plain/codegen-fresh.test.ts fails when it is stale.
 */
export const PLAIN_GENERATED_DIR = 'src/connectors/plain/generated/';

const config: CodegenConfig = {
  schema: 'src/connectors/plain/schema.subset.graphql',
  documents: ['src/connectors/plain/documents/*.graphql'],
  ignoreNoDocuments: false,
  // NodeNext ESM: relative imports in the output need their .js suffix.
  emitLegacyCommonJSImports: false,
  generates: {
    [PLAIN_GENERATED_DIR]: {
      preset: 'client',
      // Our fragments are plain selections: the connector reads them whole, so no masking.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        // Nullable result fields are `T | null`, never missing; variables stay optional.
        avoidOptionals: { field: true },
      },
    },
  },
};

export default config;
