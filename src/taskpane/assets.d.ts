/** Fonts bundled inline (webpack asset/inline, in a chunk of their own): the import is a base64 data: URL. */
declare module "*.ttf" {
  const url: string;
  export default url;
}
