// Typings for the build scripts' untyped dependencies.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; keepFeatures?: readonly string[] },
  ): Promise<Buffer>;
}
