/** The live interview page, where a person may record their voice: `/interviews/<id>` (not the setup page). */
export function isRecordingPage(pathname: string): boolean {
  return /^\/interviews\/(?!new\/?$)[^/]+\/?$/.test(pathname);
}
