/** Fonts bundled as files (webpack asset/resource): the import is the file's URL. */
declare module "*.ttf" {
  const url: string;
  export default url;
}
