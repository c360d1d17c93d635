import { describe, expect, it } from 'vitest';
import { bundleReport, manifestSchema, staticFiles, type Manifest } from './bundle-graph';

// A home entry that shares react with a lazy page, which lazily loads a chart library.
const manifest: Manifest = manifestSchema.parse({
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/Page.tsx'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  'src/Page.tsx': { file: 'assets/Page.js', isDynamicEntry: true, imports: ['_shared.js', '_react.js'], dynamicImports: ['src/Chart.tsx'] },
  'src/Chart.tsx': { file: 'assets/Chart.js', isDynamicEntry: true, imports: ['_shared.js'], css: ['assets/Chart.css'] },
});
const sizes: Record<string, number> = {
  'assets/index.js': 10,
  'assets/react.js': 50,
  'assets/shared.js': 7,
  'assets/Page.js': 20,
  'assets/Chart.js': 30,
  'assets/index.css': 3,
  'assets/Chart.css': 4,
};
const gzipBytesOf = (file: string) => sizes[file]!;

describe('bundle graph', () => {
  it('follows static imports transitively, each file once, never dynamic ones', () => {
    expect([...staticFiles(manifest, 'index.html')].sort()).toEqual(['assets/index.js', 'assets/react.js']);
    expect([...staticFiles(manifest, 'src/Chart.tsx')].sort()).toEqual(['assets/Chart.js', 'assets/react.js', 'assets/shared.js']);
  });

  it('weighs each page, what it adds to the home page, and the budgets', () => {
    const report = bundleReport(manifest, gzipBytesOf, { homeBytes: 60, appBytes: 100 });
    expect(report.home).toEqual({ gzipBytes: 60, cssGzipBytes: 3, budgetBytes: 60, holds: true });
    expect(report.app).toEqual({ gzipBytes: 117, files: 5, language: null, allFilesGzipBytes: 117, budgetBytes: 100, holds: false });
    expect(report.entries).toEqual([
      { entry: 'src/Chart.tsx', files: 3, gzipBytes: 87, addedGzipBytes: 37 },
      { entry: 'src/Page.tsx', files: 3, gzipBytes: 77, addedGzipBytes: 27 },
      { entry: 'index.html', files: 2, gzipBytes: 60, addedGzipBytes: 0 },
    ]);
  });

  it('weighs the app in its heaviest language, without the other languages\' messages', () => {
    const withLanguages: Manifest = manifestSchema.parse({
      ...manifest,
      'src/fr-pages.ts': { file: 'assets/fr-pages.js', isDynamicEntry: true },
      'src/en.ts': { file: 'assets/en.js', isDynamicEntry: true },
      'src/en-pages.ts': { file: 'assets/en-pages.js', isDynamicEntry: true },
    });
    const withSizes = (file: string) => ({ 'assets/fr-pages.js': 8, 'assets/en.js': 3, 'assets/en-pages.js': 7 } as Record<string, number>)[file] ?? sizes[file]!;
    const report = bundleReport(withLanguages, withSizes, { homeBytes: 60, appBytes: 127 }, { fr: ['src/fr-pages.ts'], en: ['src/en.ts', 'src/en-pages.ts'] });
    // French: 117 + 8; English: 117 + 3 + 7. Every file: 135.
    expect(report.app).toEqual({ gzipBytes: 127, files: 7, language: 'en', allFilesGzipBytes: 135, budgetBytes: 127, holds: true });
  });

  it('refuses a manifest that names a chunk it does not hold', () => {
    const broken = manifestSchema.parse({ 'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] } });
    expect(() => staticFiles(broken, 'index.html')).toThrow(/_gone\.js/);
  });
});
