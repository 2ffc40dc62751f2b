// The app's header stays at the top of the window (sticky): what is under it is not on screen. Its height
// changes with the width (137 px on a phone, where it holds three rows; 67 px from 1024 px).

/** The id of the header in the layout (app/layout.tsx). */
export const SITE_HEADER_ID = 'site-header'

/** Where the header ends, in the window: the top of what the reader sees of the page (0 without it). */
export function siteHeaderBottom(): number {
  return document.getElementById(SITE_HEADER_ID)?.getBoundingClientRect().bottom ?? 0
}
