import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * A typed client for deskgraph, generated from the committed SDL and the documents under
 * `test/client/` (`npm run codegen`). Point `documents` at your own app's queries to type them.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/client/documents/**/*.graphql'],
  ignoreNoDocuments: false,
  // `.js` suffixes on the generated relative imports, as NodeNext ESM requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
