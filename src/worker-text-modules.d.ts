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
// The console's script parts (src/console/assets/script-parts.ts), one declaration each.
declare module '*/assets/console-strings-en.js' { const text: string; export default text; }
declare module '*/assets/console-strings-hi.js' { const text: string; export default text; }
declare module '*/assets/console-core.js' { const text: string; export default text; }
declare module '*/assets/console-screens.js' { const text: string; export default text; }
declare module '*/assets/console-queue.js' { const text: string; export default text; }
declare module '*/assets/console-conversation.js' { const text: string; export default text; }
declare module '*/assets/console-live.js' { const text: string; export default text; }
declare module '*/assets/console-campaigns.js' { const text: string; export default text; }
declare module '*/assets/console-campaign.js' { const text: string; export default text; }
declare module '*/assets/console-start.js' { const text: string; export default text; }
