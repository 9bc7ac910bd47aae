// The one function the fuzz suite uses from React's Flight client (bundled inside Next): it encodes
// server-action arguments exactly as a browser sends them.
declare module "next/dist/compiled/react-server-dom-turbopack/client.node.js" {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
