// Workers: page assets are bundled as text modules (wrangler.toml [[rules]] type = "Text").
declare module '*.html' {
  const text: string;
  export default text;
}
declare module '*.css' {
  const text: string;
  export default text;
}
declare module '*/assets/chat.js' {
  const text: string;
  export default text;
}
declare module '*/assets/console.js' {
  const text: string;
  export default text;
}
