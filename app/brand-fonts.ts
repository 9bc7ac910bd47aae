// The brand faces, self-hosted from npm (docs/decisions/021-fonts.md), for the public pages. Their
// @font-face rules carry unicode-range subsets, and app/globals.css names the Arabic and Chinese
// faces only on those pages, so a page downloads only the faces and subsets its own text uses.
import "@fontsource-variable/noto-sans/wght.css";
import "@fontsource-variable/noto-sans-arabic/wght.css";
import "@fontsource-variable/noto-sans-sc/wght.css";
