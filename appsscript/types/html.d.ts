// scripts/build.ts bundles `.html` imports as text (esbuild loader 'text'): the starter templates.
declare module '*.html' {
  const text: string;
  export default text;
}
